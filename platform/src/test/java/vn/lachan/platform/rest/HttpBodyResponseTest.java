package vn.lachan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.AnnotationsProto;
import com.google.api.HttpBody;
import com.google.api.HttpBodyProto;
import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.ExtensionRegistry;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.EntityResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import vn.lachan.common.v1.FileName;

/** An RPC that answers with google.api.HttpBody is served as its bytes and content type, not as JSON. */
class HttpBodyResponseTest {

    Server server;
    ManagedChannel channel;
    GrpcRestBridge bridge;

    @BeforeEach
    void start() throws Exception {
        ExtensionRegistry registry = ExtensionRegistry.newInstance();
        AnnotationsProto.registerAllExtensions(registry);
        FileDescriptorProto.Builder proto = FileDescriptorProto.newBuilder();
        TextFormat.getParser().merge("""
                name: "lachan/files/v1/files.proto" package: "lachan.files.v1" syntax: "proto3"
                dependency: "google/api/annotations.proto" dependency: "google/api/httpbody.proto"
                message_type { name: "Export"
                  field { name: "format" number: 1 type: TYPE_STRING label: LABEL_OPTIONAL json_name: "format" } }
                service { name: "FileService"
                  method { name: "Export" input_type: ".lachan.files.v1.Export" output_type: ".google.api.HttpBody"
                           options { [google.api.http] { get: "/api/v1/files:export" } } } }
                """, registry, proto);
        FileDescriptor file = FileDescriptor.buildFrom(proto.build(),
                new FileDescriptor[] {AnnotationsProto.getDescriptor(), HttpBodyProto.getDescriptor()});
        var service = file.getServices().get(0);
        var export = file.findMessageTypeByName("Export");
        MethodDescriptor<Message, Message> method = MethodDescriptor.<Message, Message>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(service.getFullName(), "Export"))
                .setRequestMarshaller(ProtoUtils.marshaller((Message) DynamicMessage.getDefaultInstance(export)))
                .setResponseMarshaller(ProtoUtils.marshaller((Message) HttpBody.getDefaultInstance()))
                .build();
        ServiceDescriptor descriptor = ServiceDescriptor.newBuilder(service.getFullName())
                .setSchemaDescriptor(new ProtoServiceDescriptorSupplier() {
                    @Override
                    public FileDescriptor getFileDescriptor() {
                        return file;
                    }

                    @Override
                    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
                        return service;
                    }
                })
                .addMethod(method).build();
        var format = export.findFieldByName("format");
        var definition = ServerServiceDefinition.builder(descriptor).addMethod(method,
                ServerCalls.asyncUnaryCall((request, answer) -> {
                    String asked = (String) request.getField(format);
                    HttpBody.Builder body = HttpBody.newBuilder()
                            .setContentType(asked.equals("raw") ? "" : "application/pdf")
                            .setData(ByteString.copyFrom("%PDF-1.7 Báo cáo " + asked, StandardCharsets.UTF_8));
                    if (asked.startsWith("named:")) {
                        body.addExtensions(Any.pack(FileName.newBuilder().setName(asked.substring(6)).build()));
                    }
                    answer.onNext(body.build());
                    answer.onCompleted();
                }));
        String name = "httpbody-" + UUID.randomUUID();
        server = InProcessServerBuilder.forName(name).directExecutor().addService(definition.build()).build().start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        bridge = new GrpcRestBridge(HttpRoutes.ofContracts(List.of(descriptor)), channel, Duration.ofSeconds(5), 1000);
    }

    @AfterEach
    void stop() {
        channel.shutdownNow();
        server.shutdownNow();
    }

    ServerResponse get(String format) {
        MockHttpServletRequest servlet = new MockHttpServletRequest("GET", "/api/v1/files:export");
        servlet.setQueryString("format=" + format);
        servlet.addParameter("format", format);
        return bridge.handle(ServerRequest.create(servlet, List.of(new ByteArrayHttpMessageConverter())));
    }

    @Test
    void theBytesGoOutUnderTheContentTypeTheServiceNamed() {
        var answer = get("pdf");
        assertThat(answer.statusCode().value()).isEqualTo(200);
        assertThat(answer.headers().getContentType()).hasToString("application/pdf");
        assertThat(answer.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.headers().getFirst("X-Request-Id")).isNotBlank();
        assertThat(new String((byte[]) ((EntityResponse<?>) answer).entity(), StandardCharsets.UTF_8))
                .isEqualTo("%PDF-1.7 Báo cáo pdf");
    }

    @Test
    void aFileNameTheServiceGaveMakesTheAnswerAnAttachmentUnderThatName() {
        var answer = get("named:bao-cao-tong-hop-2025-6-thang.pdf");
        assertThat(answer.headers().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"bao-cao-tong-hop-2025-6-thang.pdf\"");
        assertThat(get("pdf").headers().getFirst("Content-Disposition")).as("no name given: none sent").isNull();
    }

    @Test
    void aFileNameKeepsOnlyLettersDigitsDotsDashesAndUnderscoresInTheHeader() {
        assertThat(get("named:bao cao\r\nSet-Cookie: x=1;\"đ.pdf").headers().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"baocaoSet-Cookiex1.pdf\"");
        assertThat(get("named:../../etc/passwd").headers().getFirst("Content-Disposition"))
                .as("a name that would start with a dot is no name").isNull();
        assertThat(get("named:\u0111\u1ed3 \u0111\u1ed3").headers().getFirst("Content-Disposition")).isNull();
    }

    @Test
    void withoutAContentTypeTheBytesAreAnOctetStream() {
        var answer = get("raw");
        assertThat(answer.headers().getContentType()).hasToString("application/octet-stream");
        assertThat((byte[]) ((EntityResponse<?>) answer).entity()).startsWith("%PDF".getBytes(StandardCharsets.UTF_8));
    }
}
