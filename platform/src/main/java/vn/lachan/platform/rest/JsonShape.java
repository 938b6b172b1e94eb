package vn.lachan.platform.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import vn.lachan.platform.error.Violations;

/**
 * Checks that a JSON body has the shape of its message before protobuf's parser reads it. The parser is lenient where
 * a contract must not be: it reads {@code "type": ["PHONE"]} (a one-element list) as {@code "type": "PHONE"}, so a
 * caller's list could be taken for the single value it is not. Here a single field must get a single value, a list
 * field a list, a message field an object, a text field a string, an integer field (int32, int64, their unsigned and
 * wrapper kinds) a whole number within its type's range, written as a JSON number or a string. The parser would refuse
 * {@code "1000.5"} or {@code "99999999999999999999"} for an int64 with English words about the whole body; here the
 * number's own field is named. Unknown fields and the other values are left to the parser.
 */
final class JsonShape {

    /** Well-known types written in JSON as one string, number or boolean. */
    private static final Set<String> SCALAR_TYPES = Set.of(
            "google.protobuf.Timestamp", "google.protobuf.Duration", "google.protobuf.FieldMask",
            "google.protobuf.DoubleValue", "google.protobuf.FloatValue", "google.protobuf.Int64Value",
            "google.protobuf.UInt64Value", "google.protobuf.Int32Value", "google.protobuf.UInt32Value",
            "google.protobuf.BoolValue", "google.protobuf.StringValue", "google.protobuf.BytesValue");

    /** Integer kinds of the well-known wrapper types. */
    private static final Map<String, FieldDescriptor.Type> INTEGER_WRAPPERS = Map.of(
            "google.protobuf.Int64Value", FieldDescriptor.Type.INT64,
            "google.protobuf.UInt64Value", FieldDescriptor.Type.UINT64,
            "google.protobuf.Int32Value", FieldDescriptor.Type.INT32,
            "google.protobuf.UInt32Value", FieldDescriptor.Type.UINT32);

    private static final BigInteger TWO_TO_32 = BigInteger.ONE.shiftLeft(32);
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

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
            if (requireSingle(value, name, violations)
                    && (field.getJavaType() == FieldDescriptor.JavaType.INT
                    || field.getJavaType() == FieldDescriptor.JavaType.LONG)) {
                requireInteger(field.getType(), value, name, violations);
            }
            return;
        }
        Descriptor message = field.getMessageType();
        String fullName = message.getFullName();
        if (SCALAR_TYPES.contains(fullName)) {
            if (requireSingle(value, name, violations) && INTEGER_WRAPPERS.containsKey(fullName)) {
                requireInteger(INTEGER_WRAPPERS.get(fullName), value, name, violations);
            }
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

    /** Whether {@code value} is one string, number or boolean; adds a violation when it is not. */
    private static boolean requireSingle(JsonElement value, String name, Violations violations) {
        if (!value.isJsonPrimitive()) {
            violations.add(name, "NOT_A_SINGLE_VALUE",
                    "Phải là một giá trị đơn (chuỗi, số hoặc đúng/sai), không phải danh sách hay đối tượng.",
                    "Must be a single value (a string, number or boolean), not a list or an object.");
            return false;
        }
        return true;
    }

    /**
     * An integer field gets a whole number within its type's range, as a JSON number ({@code 1500}) or a string
     * ({@code "1500"}); like protobuf's parser, a form such as {@code 1.5e3} that names a whole number is taken.
     */
    private static void requireInteger(FieldDescriptor.Type type, JsonElement value, String name, Violations violations) {
        var primitive = value.getAsJsonPrimitive();
        BigDecimal number = null;
        if (!primitive.isBoolean()) {
            try {
                number = new BigDecimal(primitive.getAsString()).stripTrailingZeros();
            } catch (NumberFormatException | ArithmeticException e) {
                number = null;
            }
        }
        if (number == null) {
            violations.add(name, "NOT_INTEGER", "Phải là một số nguyên, ví dụ \"1500\".",
                    "Must be a whole number, e.g. \"1500\".");
            return;
        }
        if (number.signum() != 0 && number.scale() > 0) {
            violations.add(name, "NOT_INTEGER", "Phải là một số nguyên, không có phần lẻ thập phân.",
                    "Must be a whole number, without a fractional part.");
            return;
        }
        BigInteger min;
        BigInteger max;
        switch (type) {
            case INT32, SINT32, SFIXED32 -> {
                min = BigInteger.valueOf(Integer.MIN_VALUE);
                max = BigInteger.valueOf(Integer.MAX_VALUE);
            }
            case UINT32, FIXED32 -> {
                min = BigInteger.ZERO;
                max = TWO_TO_32.subtract(BigInteger.ONE);
            }
            case UINT64, FIXED64 -> {
                min = BigInteger.ZERO;
                max = TWO_TO_64.subtract(BigInteger.ONE);
            }
            default -> {
                min = BigInteger.valueOf(Long.MIN_VALUE);
                max = BigInteger.valueOf(Long.MAX_VALUE);
            }
        }
        // more than 21 digits is beyond every integer type: do not expand an exponent such as 1e999999999
        boolean outside = number.signum() != 0 && number.precision() - number.scale() > 21;
        if (!outside) {
            BigInteger whole = number.toBigIntegerExact();
            outside = whole.compareTo(min) < 0 || whole.compareTo(max) > 0;
        }
        if (outside) {
            violations.add(name, "OUT_OF_RANGE", "Số phải từ " + min + " đến " + max + ".",
                    "The number must be between " + min + " and " + max + ".");
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
