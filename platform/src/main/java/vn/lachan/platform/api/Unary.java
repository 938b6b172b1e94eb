package vn.lachan.platform.api;

import io.grpc.stub.StreamObserver;

/** Answers a unary gRPC call. */
public final class Unary {

    private Unary() {
    }

    public static <T> void reply(StreamObserver<T> response, T message) {
        response.onNext(message);
        response.onCompleted();
    }
}
