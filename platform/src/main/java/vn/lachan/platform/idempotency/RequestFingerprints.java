package vn.lachan.platform.idempotency;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a request: SHA-256 of its message type and its canonical protobuf bytes (deterministic
 * serialization). A field added to the contract later is absent from an old client's retry and from the first
 * attempt alike, so it cannot change the fingerprint — unlike the text of a Java record, which gains a
 * component. Fields left at their default are not written, so "not sent" and "sent empty" fingerprint alike,
 * just as the service cannot tell them apart either.
 */
public final class RequestFingerprints {

    private RequestFingerprints() {
    }

    public static String of(Message request) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.useDeterministicSerialization();
            request.writeTo(out);
            out.flush();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.getDescriptorForType().getFullName().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(bytes.toByteArray()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
