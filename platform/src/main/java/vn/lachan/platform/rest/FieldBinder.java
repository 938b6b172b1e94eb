package vn.lachan.platform.rest;

import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.List;
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
                Object value = convert(field, raw, path, violations);
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

    private static FieldDescriptor find(Message.Builder builder, String name) {
        for (FieldDescriptor f : builder.getDescriptorForType().getFields()) {
            if (f.getName().equals(name) || f.getJsonName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static Object convert(FieldDescriptor field, String raw, String path, Violations violations) {
        try {
            return switch (field.getJavaType()) {
                case STRING -> raw;
                case INT -> Integer.parseInt(raw.trim());
                case LONG -> Long.parseLong(raw.trim());
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
            String expected = field.getJavaType() == FieldDescriptor.JavaType.BOOLEAN ? "true/false" : "integer";
            violations.add(path, "INVALID_FORMAT",
                    "Giá trị '" + raw + "' không đúng kiểu (" + (expected.equals("integer") ? "số nguyên" : expected) + ").",
                    "Value '" + raw + "' is not a valid " + expected + ".");
            return null;
        }
    }
}
