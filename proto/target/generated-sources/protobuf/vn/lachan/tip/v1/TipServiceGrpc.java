package vn.lachan.tip.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class TipServiceGrpc {

  private TipServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "lachan.tip.v1.TipService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<vn.lachan.tip.v1.CreateTipRequest,
      vn.lachan.tip.v1.Tip> getCreateTipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTip",
      requestType = vn.lachan.tip.v1.CreateTipRequest.class,
      responseType = vn.lachan.tip.v1.Tip.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.tip.v1.CreateTipRequest,
      vn.lachan.tip.v1.Tip> getCreateTipMethod() {
    io.grpc.MethodDescriptor<vn.lachan.tip.v1.CreateTipRequest, vn.lachan.tip.v1.Tip> getCreateTipMethod;
    if ((getCreateTipMethod = TipServiceGrpc.getCreateTipMethod) == null) {
      synchronized (TipServiceGrpc.class) {
        if ((getCreateTipMethod = TipServiceGrpc.getCreateTipMethod) == null) {
          TipServiceGrpc.getCreateTipMethod = getCreateTipMethod =
              io.grpc.MethodDescriptor.<vn.lachan.tip.v1.CreateTipRequest, vn.lachan.tip.v1.Tip>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTip"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.tip.v1.CreateTipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.tip.v1.Tip.getDefaultInstance()))
              .setSchemaDescriptor(new TipServiceMethodDescriptorSupplier("CreateTip"))
              .build();
        }
      }
    }
    return getCreateTipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<vn.lachan.tip.v1.GetTipRequest,
      vn.lachan.tip.v1.Tip> getGetTipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTip",
      requestType = vn.lachan.tip.v1.GetTipRequest.class,
      responseType = vn.lachan.tip.v1.Tip.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.tip.v1.GetTipRequest,
      vn.lachan.tip.v1.Tip> getGetTipMethod() {
    io.grpc.MethodDescriptor<vn.lachan.tip.v1.GetTipRequest, vn.lachan.tip.v1.Tip> getGetTipMethod;
    if ((getGetTipMethod = TipServiceGrpc.getGetTipMethod) == null) {
      synchronized (TipServiceGrpc.class) {
        if ((getGetTipMethod = TipServiceGrpc.getGetTipMethod) == null) {
          TipServiceGrpc.getGetTipMethod = getGetTipMethod =
              io.grpc.MethodDescriptor.<vn.lachan.tip.v1.GetTipRequest, vn.lachan.tip.v1.Tip>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTip"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.tip.v1.GetTipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.tip.v1.Tip.getDefaultInstance()))
              .setSchemaDescriptor(new TipServiceMethodDescriptorSupplier("GetTip"))
              .build();
        }
      }
    }
    return getGetTipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<vn.lachan.tip.v1.ListTipsRequest,
      vn.lachan.tip.v1.ListTipsResponse> getListTipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTips",
      requestType = vn.lachan.tip.v1.ListTipsRequest.class,
      responseType = vn.lachan.tip.v1.ListTipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.tip.v1.ListTipsRequest,
      vn.lachan.tip.v1.ListTipsResponse> getListTipsMethod() {
    io.grpc.MethodDescriptor<vn.lachan.tip.v1.ListTipsRequest, vn.lachan.tip.v1.ListTipsResponse> getListTipsMethod;
    if ((getListTipsMethod = TipServiceGrpc.getListTipsMethod) == null) {
      synchronized (TipServiceGrpc.class) {
        if ((getListTipsMethod = TipServiceGrpc.getListTipsMethod) == null) {
          TipServiceGrpc.getListTipsMethod = getListTipsMethod =
              io.grpc.MethodDescriptor.<vn.lachan.tip.v1.ListTipsRequest, vn.lachan.tip.v1.ListTipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTips"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.tip.v1.ListTipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.tip.v1.ListTipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TipServiceMethodDescriptorSupplier("ListTips"))
              .build();
        }
      }
    }
    return getListTipsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<vn.lachan.tip.v1.GetTipStatisticsRequest,
      vn.lachan.tip.v1.TipStatistics> getGetTipStatisticsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTipStatistics",
      requestType = vn.lachan.tip.v1.GetTipStatisticsRequest.class,
      responseType = vn.lachan.tip.v1.TipStatistics.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<vn.lachan.tip.v1.GetTipStatisticsRequest,
      vn.lachan.tip.v1.TipStatistics> getGetTipStatisticsMethod() {
    io.grpc.MethodDescriptor<vn.lachan.tip.v1.GetTipStatisticsRequest, vn.lachan.tip.v1.TipStatistics> getGetTipStatisticsMethod;
    if ((getGetTipStatisticsMethod = TipServiceGrpc.getGetTipStatisticsMethod) == null) {
      synchronized (TipServiceGrpc.class) {
        if ((getGetTipStatisticsMethod = TipServiceGrpc.getGetTipStatisticsMethod) == null) {
          TipServiceGrpc.getGetTipStatisticsMethod = getGetTipStatisticsMethod =
              io.grpc.MethodDescriptor.<vn.lachan.tip.v1.GetTipStatisticsRequest, vn.lachan.tip.v1.TipStatistics>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTipStatistics"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.tip.v1.GetTipStatisticsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  vn.lachan.tip.v1.TipStatistics.getDefaultInstance()))
              .setSchemaDescriptor(new TipServiceMethodDescriptorSupplier("GetTipStatistics"))
              .build();
        }
      }
    }
    return getGetTipStatisticsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static TipServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TipServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TipServiceStub>() {
        @java.lang.Override
        public TipServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TipServiceStub(channel, callOptions);
        }
      };
    return TipServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static TipServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TipServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TipServiceBlockingV2Stub>() {
        @java.lang.Override
        public TipServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TipServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return TipServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static TipServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TipServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TipServiceBlockingStub>() {
        @java.lang.Override
        public TipServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TipServiceBlockingStub(channel, callOptions);
        }
      };
    return TipServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static TipServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TipServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TipServiceFutureStub>() {
        @java.lang.Override
        public TipServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TipServiceFutureStub(channel, callOptions);
        }
      };
    return TipServiceFutureStub.newStub(factory, channel);
  }

  /**
   */
  public interface AsyncService {

    /**
     * <pre>
     * Receives a tip. Send an Idempotency-Key header (gRPC metadata "idempotency-key"):
     * a retry with the same key returns the tip created the first time.
     * </pre>
     */
    default void createTip(vn.lachan.tip.v1.CreateTipRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.tip.v1.Tip> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTipMethod(), responseObserver);
    }

    /**
     */
    default void getTip(vn.lachan.tip.v1.GetTipRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.tip.v1.Tip> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTipMethod(), responseObserver);
    }

    /**
     */
    default void listTips(vn.lachan.tip.v1.ListTipsRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.tip.v1.ListTipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTipsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts of tips received in a date range, by modus operandi, channel and source kind.
     * </pre>
     */
    default void getTipStatistics(vn.lachan.tip.v1.GetTipStatisticsRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.tip.v1.TipStatistics> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTipStatisticsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service TipService.
   */
  public static abstract class TipServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return TipServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service TipService.
   */
  public static final class TipServiceStub
      extends io.grpc.stub.AbstractAsyncStub<TipServiceStub> {
    private TipServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TipServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TipServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Receives a tip. Send an Idempotency-Key header (gRPC metadata "idempotency-key"):
     * a retry with the same key returns the tip created the first time.
     * </pre>
     */
    public void createTip(vn.lachan.tip.v1.CreateTipRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.tip.v1.Tip> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getTip(vn.lachan.tip.v1.GetTipRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.tip.v1.Tip> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listTips(vn.lachan.tip.v1.ListTipsRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.tip.v1.ListTipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTipsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts of tips received in a date range, by modus operandi, channel and source kind.
     * </pre>
     */
    public void getTipStatistics(vn.lachan.tip.v1.GetTipStatisticsRequest request,
        io.grpc.stub.StreamObserver<vn.lachan.tip.v1.TipStatistics> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTipStatisticsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service TipService.
   */
  public static final class TipServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<TipServiceBlockingV2Stub> {
    private TipServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TipServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TipServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Receives a tip. Send an Idempotency-Key header (gRPC metadata "idempotency-key"):
     * a retry with the same key returns the tip created the first time.
     * </pre>
     */
    public vn.lachan.tip.v1.Tip createTip(vn.lachan.tip.v1.CreateTipRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTipMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.tip.v1.Tip getTip(vn.lachan.tip.v1.GetTipRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTipMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.tip.v1.ListTipsResponse listTips(vn.lachan.tip.v1.ListTipsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts of tips received in a date range, by modus operandi, channel and source kind.
     * </pre>
     */
    public vn.lachan.tip.v1.TipStatistics getTipStatistics(vn.lachan.tip.v1.GetTipStatisticsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTipStatisticsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service TipService.
   */
  public static final class TipServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<TipServiceBlockingStub> {
    private TipServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TipServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TipServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Receives a tip. Send an Idempotency-Key header (gRPC metadata "idempotency-key"):
     * a retry with the same key returns the tip created the first time.
     * </pre>
     */
    public vn.lachan.tip.v1.Tip createTip(vn.lachan.tip.v1.CreateTipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTipMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.tip.v1.Tip getTip(vn.lachan.tip.v1.GetTipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTipMethod(), getCallOptions(), request);
    }

    /**
     */
    public vn.lachan.tip.v1.ListTipsResponse listTips(vn.lachan.tip.v1.ListTipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTipsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts of tips received in a date range, by modus operandi, channel and source kind.
     * </pre>
     */
    public vn.lachan.tip.v1.TipStatistics getTipStatistics(vn.lachan.tip.v1.GetTipStatisticsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTipStatisticsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service TipService.
   */
  public static final class TipServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<TipServiceFutureStub> {
    private TipServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TipServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TipServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Receives a tip. Send an Idempotency-Key header (gRPC metadata "idempotency-key"):
     * a retry with the same key returns the tip created the first time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.tip.v1.Tip> createTip(
        vn.lachan.tip.v1.CreateTipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTipMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.tip.v1.Tip> getTip(
        vn.lachan.tip.v1.GetTipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTipMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.tip.v1.ListTipsResponse> listTips(
        vn.lachan.tip.v1.ListTipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTipsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts of tips received in a date range, by modus operandi, channel and source kind.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<vn.lachan.tip.v1.TipStatistics> getTipStatistics(
        vn.lachan.tip.v1.GetTipStatisticsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTipStatisticsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_TIP = 0;
  private static final int METHODID_GET_TIP = 1;
  private static final int METHODID_LIST_TIPS = 2;
  private static final int METHODID_GET_TIP_STATISTICS = 3;

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
        case METHODID_CREATE_TIP:
          serviceImpl.createTip((vn.lachan.tip.v1.CreateTipRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.tip.v1.Tip>) responseObserver);
          break;
        case METHODID_GET_TIP:
          serviceImpl.getTip((vn.lachan.tip.v1.GetTipRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.tip.v1.Tip>) responseObserver);
          break;
        case METHODID_LIST_TIPS:
          serviceImpl.listTips((vn.lachan.tip.v1.ListTipsRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.tip.v1.ListTipsResponse>) responseObserver);
          break;
        case METHODID_GET_TIP_STATISTICS:
          serviceImpl.getTipStatistics((vn.lachan.tip.v1.GetTipStatisticsRequest) request,
              (io.grpc.stub.StreamObserver<vn.lachan.tip.v1.TipStatistics>) responseObserver);
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
          getCreateTipMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.tip.v1.CreateTipRequest,
              vn.lachan.tip.v1.Tip>(
                service, METHODID_CREATE_TIP)))
        .addMethod(
          getGetTipMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.tip.v1.GetTipRequest,
              vn.lachan.tip.v1.Tip>(
                service, METHODID_GET_TIP)))
        .addMethod(
          getListTipsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.tip.v1.ListTipsRequest,
              vn.lachan.tip.v1.ListTipsResponse>(
                service, METHODID_LIST_TIPS)))
        .addMethod(
          getGetTipStatisticsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              vn.lachan.tip.v1.GetTipStatisticsRequest,
              vn.lachan.tip.v1.TipStatistics>(
                service, METHODID_GET_TIP_STATISTICS)))
        .build();
  }

  private static abstract class TipServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    TipServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return vn.lachan.tip.v1.TipOuterClass.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("TipService");
    }
  }

  private static final class TipServiceFileDescriptorSupplier
      extends TipServiceBaseDescriptorSupplier {
    TipServiceFileDescriptorSupplier() {}
  }

  private static final class TipServiceMethodDescriptorSupplier
      extends TipServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    TipServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (TipServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new TipServiceFileDescriptorSupplier())
              .addMethod(getCreateTipMethod())
              .addMethod(getGetTipMethod())
              .addMethod(getListTipsMethod())
              .addMethod(getGetTipStatisticsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
