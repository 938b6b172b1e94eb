package vn.lachan.gateway.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The REST API's description for integrators, open to everyone like the contracts it is generated from:
 * {@code /api/openapi.json} (written by the contracts' build) and a Swagger UI viewer at {@code /api/docs}.
 * It tells routes, fields and enums, never data: every operation still needs its token at the service.
 * Only the viewer's own files are served, under the portal's Content-Security-Policy (no inline script).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    static final String DOCUMENT = "lachan/openapi.json";

    @Bean
    RouterFunction<ServerResponse> apiDocsRoutes() {
        Resource document = new ClassPathResource(DOCUMENT);
        if (!document.exists()) {
            throw new IllegalStateException(DOCUMENT + " is missing: it comes with the contracts jar (proto module)");
        }
        String swaggerUi = swaggerUiFolder();
        Map<String, Resource> files = Map.of(
                "swagger-ui.css", new ClassPathResource(swaggerUi + "swagger-ui.css"),
                "swagger-ui-bundle.js", new ClassPathResource(swaggerUi + "swagger-ui-bundle.js"),
                "docs.js", new ClassPathResource("api-docs/docs.js"),
                "docs.css", new ClassPathResource("api-docs/docs.css"));
        Resource page = new ClassPathResource("api-docs/index.html");
        CacheControl revalidate = CacheControl.noCache();
        return RouterFunctions.route()
                .GET("/api/openapi.json", request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON).cacheControl(revalidate).bodyValue(document))
                .GET("/api/docs", request -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML).cacheControl(revalidate).bodyValue(page))
                .GET("/api/docs/{file}", request -> {
                    Resource file = files.get(request.pathVariable("file"));
                    if (file == null) {
                        return ServerResponse.notFound().build();
                    }
                    MediaType type = file.getFilename().endsWith(".css")
                            ? MediaType.valueOf("text/css") : MediaType.valueOf("text/javascript");
                    return ServerResponse.ok().contentType(type)
                            .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).bodyValue(file);
                })
                .build();
    }

    /** The webjar's folder, whatever its version. */
    static String swaggerUiFolder() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/resources/webjars/swagger-ui/*/swagger-ui-bundle.js");
            if (found.length != 1) {
                throw new IllegalStateException("expected one swagger-ui webjar, found " + found.length);
            }
            String url = found[0].getURL().toString();
            String folder = url.substring(url.indexOf("META-INF/resources/webjars/swagger-ui/"));
            return folder.substring(0, folder.length() - "swagger-ui-bundle.js".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
