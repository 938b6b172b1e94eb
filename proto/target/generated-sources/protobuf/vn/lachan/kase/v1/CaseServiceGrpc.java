package vn.lachan.kase.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class CaseServiceGrpc {

  private CaseServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "lachan.kase.v1.CaseService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<vn.lachan.kase.v1.OpenCaseRequest,
      vn.lachan.kase.v1.Case> getOpenCaseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OpenCase",
      requestType = vn.lachan.kase.v1.OpenCaseRequest.class,
      responseType = vn.lachan.kase.v1.Case.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.kase.v1.OpenCaseRequest,
      vn.lachan.kase.v1.Case> getOpenCaseMethod() {
    io.grpc.MethodDescriptor<vn.lachan.kase.v1.OpenCaseRequest, vn.lachan.kase.v1.Case> getOpenCaseMethod;
    if ((getOpenCaseMethod = CaseServiceGrpc.getOpenCaseMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getOpenCaseMethod = CaseServiceGrpc.getOpenCaseMethod) == null) {
          CaseServiceGrpc.getOpenCaseMethod = getOpenCaseMethod =
              io.grpc.MethodDescriptor.<vn.lachan.kase.v1.OpenCaseRequest, vn.lachan.kase.v1.Case>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OpenCase"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.kase.v1.OpenCaseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.kase.v1.Case.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("OpenCase"))
              .build();
        }
      }
    }
    return getOpenCaseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<vn.lachan.kase.v1.GetCaseRequest,
      vn.lachan.kase.v1.Case> getGetCaseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCase",
      requestType = vn.lachan.kase.v1.GetCaseRequest.class,
      responseType = vn.lachan.kase.v1.Case.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.kase.v1.GetCaseRequest,
      vn.lachan.kase.v1.Case> getGetCaseMethod() {
    io.grpc.MethodDescriptor<vn.lachan.kase.v1.GetCaseRequest, vn.lachan.kase.v1.Case> getGetCaseMethod;
    if ((getGetCaseMethod = CaseServiceGrpc.getGetCaseMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getGetCaseMethod = CaseServiceGrpc.getGetCaseMethod) == null) {
          CaseServiceGrpc.getGetCaseMethod = getGetCaseMethod =
              io.grpc.MethodDescriptor.<vn.lachan.kase.v1.GetCaseRequest, vn.lachan.kase.v1.Case>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCase"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.kase.v1.GetCaseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.kase.v1.Case.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("GetCase"))
              .build();
        }
      }
    }
    return getGetCaseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<vn.lachan.kase.v1.ListCasesRequest,
      vn.lachan.kase.v1.ListCasesResponse> getListCasesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListCases",
      requestType = vn.lachan.kase.v1.ListCasesRequest.class,
      responseType = vn.lachan.kase.v1.ListCasesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.kase.v1.ListCasesRequest,
      vn.lachan.kase.v1.ListCasesResponse> getListCasesMethod() {
    io.grpc.MethodDescriptor<vn.lachan.kase.v1.ListCasesRequest, vn.lachan.kase.v1.ListCasesResponse> getListCasesMethod;
    if ((getListCasesMethod = CaseServiceGrpc.getListCasesMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getListCasesMethod = CaseServiceGrpc.getListCasesMethod) == null) {
          CaseServiceGrpc.getListCasesMethod = getListCasesMethod =
              io.grpc.MethodDescriptor.<vn.lachan.kase.v1.ListCasesRequest, vn.lachan.kase.v1.ListCasesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListCases"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.kase.v1.ListCasesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.kase.v1.ListCasesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("ListCases"))
              .build();
        }
      }
    }
    return getListCasesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static CaseServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CaseServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CaseServiceStub>() {
        @java.lang.Override
        public CaseServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CaseServiceStub(channel, callOptions);
        }
      };
    return CaseServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static CaseServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CaseServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CaseServiceBlockingV2Stub>() {
        @java.lang.Override
        public CaseServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CaseServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return CaseServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static CaseServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CaseServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CaseServiceBlockingStub>() {
        @java.lang.Override
        public CaseServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CaseServiceBlockingStub(channel, callOptions);
        }
      };
    return CaseServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static CaseServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CaseServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CaseServiceFutureStub>() {
        @java.lang.Override
        public CaseServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CaseServiceFutureStub(channel, callOptions);
        }
      };
    return CaseServiceFutureStub.newStub(factory, channel);
  }

  /**
   */
  public interface AsyncService {

    /**
     * <pre>
     * Opens a case. Send an Idempotency-Key header: a retry returns the case opened the first time.
     * </pre>
     */
    default void openCase(vn.lachan.kase.v1.OpenCaseRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.kase.v1.Case> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOpenCaseMethod(), responseObserver);
    }

    /**
     */
    default void getCase(vn.lachan.kase.v1.GetCaseRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.kase.v1.Case> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCaseMethod(), responseObserver);
    }

    /**
     */
    default void listCases(vn.lachan.kase.v1.ListCasesRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.kase.v1.ListCasesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListCasesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service CaseService.
   */
  public static abstract class CaseServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return CaseServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service CaseService.
   */
  public static final class CaseServiceStub
      extends io.grpc.stub.AbstractAsyncStub<CaseServiceStub> {
    private CaseServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CaseServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CaseServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Opens a case. Send an Idempotency-Key header: a retry returns the case opened the first time.
     * </pre>
     */
    public void openCase(vn.lachan.kase.v1.OpenCaseRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.kase.v1.Case> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOpenCaseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getCase(vn.lachan.kase.v1.GetCaseRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.kase.v1.Case> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCaseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listCases(vn.lachan.kase.v1.ListCasesRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.kase.v1.ListCasesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListCasesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service CaseService.
   */
  public static final class CaseServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<CaseServiceBlockingV2Stub> {
    private CaseServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CaseServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CaseServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Opens a case. Send an Idempotency-Key header: a retry returns the case opened the first time.
     * </pre>
     */
    public vn.lachan.kase.v1.Case openCase(vn.lachan.kase.v1.OpenCaseRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getOpenCaseMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.kase.v1.Case getCase(vn.lachan.kase.v1.GetCaseRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCaseMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.kase.v1.ListCasesResponse listCases(vn.lachan.kase.v1.ListCasesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListCasesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service CaseService.
   */
  public static final class CaseServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<CaseServiceBlockingStub> {
    private CaseServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CaseServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CaseServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Opens a case. Send an Idempotency-Key header: a retry returns the case opened the first time.
     * </pre>
     */
    public vn.lachan.kase.v1.Case openCase(vn.lachan.kase.v1.OpenCaseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOpenCaseMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.kase.v1.Case getCase(vn.lachan.kase.v1.GetCaseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCaseMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.kase.v1.ListCasesResponse listCases(vn.lachan.kase.v1.ListCasesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListCasesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service CaseService.
   */
  public static final class CaseServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<CaseServiceFutureStub> {
    private CaseServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CaseServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CaseServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Opens a case. Send an Idempotency-Key header: a retry returns the case opened the first time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.kase.v1.Case> openCase(
        vn.lachan.kase.v1.OpenCaseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOpenCaseMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.kase.v1.Case> getCase(
        vn.lachan.kase.v1.GetCaseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCaseMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.kase.v1.ListCasesResponse> listCases(
        vn.lachan.kase.v1.ListCasesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListCasesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_OPEN_CASE = 0;
  private static final int METHODID_GET_CASE = 1;
  private static final int METHODID_LIST_CASES = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_OPEN_CASE:
          serviceImpl.openCase((vn.lachan.kase.v1.OpenCaseRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.kase.v1.Case>) responseObserver);
          break;
        case METHODID_GET_CASE:
          serviceImpl.getCase((vn.lachan.kase.v1.GetCaseRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.kase.v1.Case>) responseObserver);
          break;
        case METHODID_LIST_CASES:
          serviceImpl.listCases((vn.lachan.kase.v1.ListCasesRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.kase.v1.ListCasesResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getOpenCaseMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.kase.v1.OpenCaseRequest,
              vn.lachan.kase.v1.Case>(
                service, METHODID_OPEN_CASE)))
        .addMethod(
          getGetCaseMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.kase.v1.GetCaseRequest,
              vn.lachan.kase.v1.Case>(
                service, METHODID_GET_CASE)))
        .addMethod(
          getListCasesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.kase.v1.ListCasesRequest,
              vn.lachan.kase.v1.ListCasesResponse>(
                service, METHODID_LIST_CASES)))
        .build();
  }

  private static abstract class CaseServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    CaseServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return vn.lachan.kase.v1.CaseOuterClass.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("CaseService");
    }
  }

  private static final class CaseServiceFileDescriptorSupplier
      extends CaseServiceBaseDescriptorSupplier {
    CaseServiceFileDescriptorSupplier() {}
  }

  private static final class CaseServiceMethodDescriptorSupplier
      extends CaseServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    CaseServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (CaseServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new CaseServiceFileDescriptorSupplier())
              .addMethod(getOpenCaseMethod())
              .addMethod(getGetCaseMethod())
              .addMethod(getListCasesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
