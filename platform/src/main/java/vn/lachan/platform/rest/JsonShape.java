package vn.lachan.platform.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Map;
import java.util.Set;
import vn.lachan.platform.error.Violations;

/**
 * Checks that a JSON body has the shape of its message before protobuf's parser reads it. The parser is lenient where
 * a contract must not be: it reads {@code "type": ["PHONE"]} (a one-element list) as {@code "type": "PHONE"}, so a
 * caller's list could be taken for the single value it is not. Here a single field must get a single value, a list
 * field a list, a message field an object, a text field a string; unknown fields and the values themselves are left to
 * the parser.
 */
final class JsonShape {

    /** Well-known types written in JSON as one string, number or boolean. */
    private static final Set<String> SCALAR_TYPES = Set.of(
            "google.protobuf.Timestamp", "google.protobuf.Duration", "google.protobuf.FieldMask",
            "google.protobuf.DoubleValue", "google.protobuf.FloatValue", "google.protobuf.Int64Value",
            "google.protobuf.UInt64Value", "google.protobuf.Int32Value", "google.protobuf.UInt32Value",
            "google.protobuf.BoolValue", "google.protobuf.StringValue", "google.protobuf.BytesValue");

    private JsonShape() {
    }

    /** Adds a violation for each field of {@code json} whose shape is not its field's; {@code path} prefixes names. */
    static void check(JsonElement json, Descriptor type, String path, Violations violations) {
        if (json == null || json.isJsonNull()) {
            return;
        }
        if (!json.isJsonObject()) {
            violations.add(path.isEmpty() ? "body" : path, "NOT_AN_OBJECT",
                    "Phải là một đối tượng JSON ({…}).", "Must be a JSON object ({…}).");
            return;
        }
        JsonObject object = json.getAsJsonObject();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            FieldDescriptor field = fieldNamed(type, entry.getKey());
            if (field != null) {
                checkField(field, entry.getValue(), join(path, field.getName()), violations);
            }
        }
    }

    private static void checkField(FieldDescriptor field, JsonElement value, String name, Violations violations) {
        if (value == null || value.isJsonNull()) {
            return;
        }
        if (field.isMapField()) {
            if (!value.isJsonObject()) {
                violations.add(name, "NOT_AN_OBJECT", "Phải là một đối tượng JSON ({…}).", "Must be a JSON object ({…}).");
                return;
            }
            FieldDescriptor mapValue = field.getMessageType().findFieldByName("value");
            for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
                checkValue(mapValue, entry.getValue(), name + "[" + entry.getKey() + "]", violations);
            }
        } else if (field.isRepeated()) {
            if (!value.isJsonArray()) {
                violations.add(name, "NOT_A_LIST", "Phải là một danh sách ([…]).", "Must be a list ([…]).");
                return;
            }
            JsonArray items = value.getAsJsonArray();
            for (int i = 0; i < items.size(); i++) {
                checkValue(field, items.get(i), name + "[" + i + "]", violations);
            }
        } else {
            checkValue(field, value, name, violations);
        }
    }

    private static void checkValue(FieldDescriptor field, JsonElement value, String name, Violations violations) {
        if (value == null || value.isJsonNull()) {
            return;
        }
        if (field.getJavaType() == FieldDescriptor.JavaType.STRING) {
            requireText(value, name, violations);
            return;
        }
        if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
            requireSingle(value, name, violations);
            return;
        }
        Descriptor message = field.getMessageType();
        String fullName = message.getFullName();
        if (SCALAR_TYPES.contains(fullName)) {
            requireSingle(value, name, violations);
        } else if (fullName.equals("google.protobuf.Struct")) {
            if (!value.isJsonObject()) {
                violations.add(name, "NOT_AN_OBJECT", "Phải là một đối tượng JSON ({…}).", "Must be a JSON object ({…}).");
            }
        } else if (fullName.equals("google.protobuf.ListValue")) {
            if (!value.isJsonArray()) {
                violations.add(name, "NOT_A_LIST", "Phải là một danh sách ([…]).", "Must be a list ([…]).");
            }
        } else if (!fullName.startsWith("google.protobuf.")) {
            check(value, message, name, violations);
        }
        // google.protobuf.Value, Any and Empty: the parser's own rules
    }

    private static void requireSingle(JsonElement value, String name, Violations violations) {
        if (!value.isJsonPrimitive()) {
            violations.add(name, "NOT_A_SINGLE_VALUE",
                    "Phải là một giá trị đơn (chuỗi, số hoặc đúng/sai), không phải danh sách hay đối tượng.",
                    "Must be a single value (a string, number or boolean), not a list or an object.");
        }
    }

    /**
     * A text field gets a JSON string: the parser would read {@code "narrative": 123} as "123" and {@code true} as
     * "true", so a caller's number or flag would be stored as words it never wrote.
     */
    private static void requireText(JsonElement value, String name, Violations violations) {
        if (!value.isJsonPrimitive()) {
            requireSingle(value, name, violations);
        } else if (!value.getAsJsonPrimitive().isString()) {
            violations.add(name, "NOT_A_TEXT", "Phải là một chuỗi văn bản trong dấu ngoặc kép (\"…\").",
                    "Must be a text in double quotes (\"…\").");
        }
    }

    private static FieldDescriptor fieldNamed(Descriptor type, String name) {
        FieldDescriptor byName = type.findFieldByName(name);
        if (byName != null) {
            return byName;
        }
        for (FieldDescriptor field : type.getFields()) {
            if (field.getJsonName().equals(name)) {
                return field;
            }
        }
        return null;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
