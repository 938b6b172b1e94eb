package vn.lachan.platform.rest;

import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;

/** Sets request fields from path variables and query parameters, reporting what cannot be set. */
final class FieldBinder {

    private FieldBinder() {
    }

    /**
     * Binds {@code values} to the field at {@code path} (proto or JSON names, dotted for nesting).
     * Unknown fields and unreadable values are added to {@code violations}.
     */
    static void bind(Message.Builder root, String path, List<String> values, Violations violations) {
        Message.Builder builder = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            FieldDescriptor field = find(builder, parts[i]);
            if (field == null) {
                violations.add(path, "UNKNOWN_FIELD",
                        "Tham số không được hỗ trợ: " + path + ".",
                        "Unknown parameter: " + path + ".");
                return;
            }
            if (i < parts.length - 1) {
                if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || field.isRepeated()) {
                    violations.add(path, "UNKNOWN_FIELD",
                            "Tham số không được hỗ trợ: " + path + ".", "Unknown parameter: " + path + ".");
                    return;
                }
                builder = builder.getFieldBuilder(field);
                continue;
            }
            for (String raw : field.isRepeated() ? values : values.subList(0, 1)) {
                Object value = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
                        ? wellKnown(builder, field, raw, path, violations)
                        : convert(field, raw, path, violations);
                if (value == null) {
                    return;
                }
                if (field.isRepeated()) {
                    builder.addRepeatedField(field, value);
                } else {
                    builder.setField(field, value);
                }
            }
        }
    }

    /** JSON kinds of the well-known types a query string can carry: quoted, or written as they are. */
    private static final Map<String, Boolean> WELL_KNOWN_QUOTED = Map.ofEntries(
            Map.entry("google.protobuf.Timestamp", true), Map.entry("google.protobuf.Duration", true),
            Map.entry("google.protobuf.FieldMask", true), Map.entry("google.protobuf.StringValue", true),
            Map.entry("google.protobuf.BytesValue", true), Map.entry("google.protobuf.Int64Value", true),
            Map.entry("google.protobuf.UInt64Value", true), Map.entry("google.protobuf.Int32Value", false),
            Map.entry("google.protobuf.UInt32Value", false), Map.entry("google.protobuf.BoolValue", false),
            Map.entry("google.protobuf.DoubleValue", false), Map.entry("google.protobuf.FloatValue", false));

    /** A well-known type from its proto3 JSON form ("2026-03-15T08:30:00Z", "86400s", "a,b.c", 42, true). */
    private static Object wellKnown(Message.Builder parent, FieldDescriptor field, String raw, String path,
                                    Violations violations) {
        String type = field.getMessageType().getFullName();
        Boolean quoted = WELL_KNOWN_QUOTED.get(type);
        if (quoted == null) {
            violations.add(new FieldViolation(path, "UNSUPPORTED",
                    "Không thể đặt trường này qua đường dẫn hay tham số.",
                    "This field cannot be set from the path or query."));
            return null;
        }
        Message.Builder value = parent.newBuilderForField(field);
        String json = quoted ? new JsonPrimitive(raw).toString() : raw.trim();
        try {
            JsonFormat.parser().merge(json, value);
            return value.build();
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            String expected = switch (type) {
                case "google.protobuf.Timestamp" -> "RFC 3339, 2026-03-15T08:30:00Z";
                case "google.protobuf.Duration" -> "86400s";
                case "google.protobuf.BoolValue" -> "true/false";
                case "google.protobuf.DoubleValue", "google.protobuf.FloatValue" -> "number";
                case "google.protobuf.FieldMask" -> "a,b.c";
                default -> "integer";
            };
            violations.add(path, "INVALID_FORMAT",
                    "Giá trị '" + raw + "' không đúng dạng (" + expected + ").",
                    "Value '" + raw + "' is not in the expected form (" + expected + ").");
            return null;
        }
    }

    private static FieldDescriptor find(Message.Builder builder, String name) {
        for (FieldDescriptor f : builder.getDescriptorForType().getFields()) {
            if (f.getName().equals(name) || f.getJsonName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("not finite");
        }
        return value;
    }

    private static Object convert(FieldDescriptor field, String raw, String path, Violations violations) {
        try {
            return switch (field.getJavaType()) {
                case STRING -> raw;
                case INT -> Integer.parseInt(raw.trim());
                case LONG -> Long.parseLong(raw.trim());
                case DOUBLE -> finite(Double.parseDouble(raw.trim()));
                case FLOAT -> (float) finite(Double.parseDouble(raw.trim()));
                case BOOLEAN -> switch (raw.trim()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new NumberFormatException(raw);
                };
                case ENUM -> {
                    EnumValueDescriptor value = field.getEnumType().findValueByName(raw.trim());
                    if (value == null || value.getNumber() == 0) {
                        String allowed = field.getEnumType().getValues().stream()
                                .filter(v -> v.getNumber() != 0).map(EnumValueDescriptor::getName)
                                .collect(Collectors.joining(", "));
                        violations.add(path, "UNKNOWN_VALUE",
                                "Giá trị không hợp lệ '" + raw + "'; cho phép: " + allowed + ".",
                                "Unknown value '" + raw + "'; allowed: " + allowed + ".");
                        yield null;
                    }
                    yield value;
                }
                default -> {
                    violations.add(new FieldViolation(path, "UNSUPPORTED",
                            "Không thể đặt trường này qua đường dẫn hay tham số.",
                            "This field cannot be set from the path or query."));
                    yield null;
                }
            };
        } catch (NumberFormatException e) {
            String expected = switch (field.getJavaType()) {
                case BOOLEAN -> "true/false";
                case DOUBLE, FLOAT -> "number";
                default -> "integer";
            };
            String vi = switch (expected) {
                case "integer" -> "số nguyên";
                case "number" -> "số";
                default -> expected;
            };
            violations.add(path, "INVALID_FORMAT",
                    "Giá trị '" + raw + "' không đúng kiểu (" + vi + ").",
                    "Value '" + raw + "' is not a valid " + expected + ".");
            return null;
        }
    }
}
