package vn.lachan.platform.test;

import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;

/** Puts an access token on gRPC calls, as an outside system does. */
public final class Bearer {

    private Bearer() {
    }

    public static ClientInterceptor token(String accessToken) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + accessToken);
        return MetadataUtils.newAttachHeadersInterceptor(headers);
    }
}
