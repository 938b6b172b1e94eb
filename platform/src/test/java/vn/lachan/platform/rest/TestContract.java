package vn.lachan.platform.rest;

import com.google.api.AnnotationsProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.DurationProto;
import com.google.protobuf.ExtensionRegistry;
import com.google.protobuf.FieldMaskProto;
import com.google.protobuf.TextFormat;
import com.google.protobuf.TimestampProto;
import com.google.protobuf.WrappersProto;

/**
 * A small contract for the bridge's own tests, written here as a descriptor (no .proto to compile): a shop's
 * search request with nested, repeated, enum and well-known-type fields, and a service whose routes vary.
 */
final class TestContract {

    static final String MESSAGES = """
            message_type {
              name: "Page"
              field { name: "page_size" number: 1 type: TYPE_INT32 label: LABEL_OPTIONAL json_name: "pageSize" }
              field { name: "page_token" number: 2 type: TYPE_STRING label: LABEL_OPTIONAL json_name: "pageToken" }
            }
            message_type {
              name: "Search"
              field { name: "id" number: 1 type: TYPE_STRING label: LABEL_OPTIONAL json_name: "id" }
              field { name: "page" number: 2 type: TYPE_MESSAGE type_name: ".lachan.shop.v1.Page" label: LABEL_OPTIONAL json_name: "page" }
              field { name: "statuses" number: 3 type: TYPE_ENUM type_name: ".lachan.shop.v1.Status" label: LABEL_REPEATED json_name: "statuses" }
              field { name: "placed_after" number: 4 type: TYPE_MESSAGE type_name: ".google.protobuf.Timestamp" label: LABEL_OPTIONAL json_name: "placedAfter" }
              field { name: "within" number: 5 type: TYPE_MESSAGE type_name: ".google.protobuf.Duration" label: LABEL_OPTIONAL json_name: "within" }
              field { name: "fields" number: 6 type: TYPE_MESSAGE type_name: ".google.protobuf.FieldMask" label: LABEL_OPTIONAL json_name: "fields" }
              field { name: "min_total" number: 7 type: TYPE_MESSAGE type_name: ".google.protobuf.Int64Value" label: LABEL_OPTIONAL json_name: "minTotal" }
              field { name: "paid" number: 8 type: TYPE_MESSAGE type_name: ".google.protobuf.BoolValue" label: LABEL_OPTIONAL json_name: "paid" }
              field { name: "note" number: 9 type: TYPE_MESSAGE type_name: ".google.protobuf.StringValue" label: LABEL_OPTIONAL json_name: "note" }
              field { name: "ratio" number: 10 type: TYPE_DOUBLE label: LABEL_OPTIONAL json_name: "ratio" }
              field { name: "skus" number: 11 type: TYPE_STRING label: LABEL_REPEATED json_name: "skus" }
              field { name: "count" number: 12 type: TYPE_INT64 label: LABEL_OPTIONAL json_name: "count" }
              field { name: "days" number: 13 type: TYPE_MESSAGE type_name: ".google.protobuf.Timestamp" label: LABEL_REPEATED json_name: "days" }
              field { name: "lines" number: 14 type: TYPE_MESSAGE type_name: ".lachan.shop.v1.Page" label: LABEL_REPEATED json_name: "lines" }
            }
            enum_type {
              name: "Status"
              value { name: "STATUS_UNSPECIFIED" number: 0 }
              value { name: "OPEN" number: 1 }
              value { name: "PAID" number: 2 }
            }
            """;

    private TestContract() {
    }

    /** The contract with {@code methods} (text format of {@code MethodDescriptorProto}s) as ShopService. */
    static FileDescriptor file(String methods) {
        try {
            ExtensionRegistry registry = ExtensionRegistry.newInstance();
            AnnotationsProto.registerAllExtensions(registry);
            FileDescriptorProto.Builder proto = FileDescriptorProto.newBuilder();
            TextFormat.getParser().merge("""
                    name: "lachan/shop/v1/shop.proto" package: "lachan.shop.v1" syntax: "proto3"
                    dependency: "google/api/annotations.proto" dependency: "google/protobuf/timestamp.proto"
                    dependency: "google/protobuf/duration.proto" dependency: "google/protobuf/field_mask.proto"
                    dependency: "google/protobuf/wrappers.proto"
                    """ + MESSAGES + "service { name: \"ShopService\" " + methods + " }", registry, proto);
            return FileDescriptor.buildFrom(proto.build(), new FileDescriptor[] {
                    AnnotationsProto.getDescriptor(), TimestampProto.getDescriptor(), DurationProto.getDescriptor(),
                    FieldMaskProto.getDescriptor(), WrappersProto.getDescriptor()});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Descriptor search() {
        return file("").findMessageTypeByName("Search");
    }

    static MethodDescriptor method(String methodText) {
        return file(methodText).getServices().get(0).getMethods().get(0);
    }
}
