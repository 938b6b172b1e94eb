package vn.lachan.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.BytesValue;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.StringValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;

/** The fingerprint of a request is taken from its canonical protobuf form. */
class RequestFingerprintsTest {

    /** The contract as released: {@code message OpenCaseRequest { string title = 1; int64 loss_dong = 2; }} */
    private final Descriptors.Descriptor before = openCaseRequest(false);
    /** The contract a release later, with a field added: {@code string note = 3;} */
    private final Descriptors.Descriptor after = openCaseRequest(true);

    @Test
    void aFieldAddedToTheContractDoesNotChangeTheFingerprintOfARetry() {
        // first attempt by an old client against the old service; the retry lands on the new service
        Message first = message(before, "Lừa đảo đầu tư", 50_000_000L);
        Message retry = message(after, "Lừa đảo đầu tư", 50_000_000L);

        assertThat(RequestFingerprints.of(retry)).isEqualTo(RequestFingerprints.of(first));
    }

    @Test
    void anyChangeOfAValueChangesTheFingerprint() {
        String base = RequestFingerprints.of(message(after, "Lừa đảo đầu tư", 50_000_000L));

        assertThat(RequestFingerprints.of(message(after, "Lừa đảo đầu tư", 50_000_001L))).isNotEqualTo(base);
        assertThat(RequestFingerprints.of(message(after, "Lừa đảo đầu tu", 50_000_000L))).isNotEqualTo(base);
        Message withNote = DynamicMessage.newBuilder(message(after, "Lừa đảo đầu tư", 50_000_000L))
                .setField(after.findFieldByName("note"), "thêm").build();
        assertThat(RequestFingerprints.of(withNote)).isNotEqualTo(base);
    }

    @Test
    void theSameBytesOfAnotherMessageTypeAreAnotherRequest() {
        assertThat(StringValue.of("x").toByteString()).isEqualTo(BytesValue.of(ByteString.copyFromUtf8("x")).toByteString());

        assertThat(RequestFingerprints.of(StringValue.of("x")))
                .isNotEqualTo(RequestFingerprints.of(BytesValue.of(ByteString.copyFromUtf8("x"))));
    }

    @Test
    void mapEntriesFingerprintAlikeWhateverTheOrderTheyWereGivenIn() {
        Struct ab = Struct.newBuilder().putFields("a", Value.newBuilder().setNumberValue(1).build())
                .putFields("b", Value.newBuilder().setStringValue("x").build()).build();
        Struct ba = Struct.newBuilder().putFields("b", Value.newBuilder().setStringValue("x").build())
                .putFields("a", Value.newBuilder().setNumberValue(1).build()).build();

        assertThat(RequestFingerprints.of(ba)).isEqualTo(RequestFingerprints.of(ab));
    }

    private static Message message(Descriptors.Descriptor type, String title, long lossDong) {
        return DynamicMessage.newBuilder(type)
                .setField(type.findFieldByName("title"), title)
                .setField(type.findFieldByName("loss_dong"), lossDong)
                .build();
    }

    private static Descriptors.Descriptor openCaseRequest(boolean withNote) {
        DescriptorProto.Builder message = DescriptorProto.newBuilder().setName("OpenCaseRequest")
                .addField(field("title", 1, FieldDescriptorProto.Type.TYPE_STRING))
                .addField(field("loss_dong", 2, FieldDescriptorProto.Type.TYPE_INT64));
        if (withNote) {
            message.addField(field("note", 3, FieldDescriptorProto.Type.TYPE_STRING));
        }
        FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("cases.proto").setSyntax("proto3")
                .setPackage("lachan.cases.v1").addMessageType(message).build();
        try {
            return Descriptors.FileDescriptor.buildFrom(file, new Descriptors.FileDescriptor[0])
                    .findMessageTypeByName("OpenCaseRequest");
        } catch (Descriptors.DescriptorValidationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldDescriptorProto field(String name, int number, FieldDescriptorProto.Type type) {
        return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type)
                .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL).build();
    }
}
