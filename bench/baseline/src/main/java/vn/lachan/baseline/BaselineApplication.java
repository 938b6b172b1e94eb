package vn.lachan.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The footprint peer of {@code ./bench/run.sh}: the smallest Spring Boot web app, one controller, nothing else.
 * The benchmark starts it with the services' JVM settings and compares start-up and resident memory.
 */
@SpringBootApplication
public class BaselineApplication {

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }

    @RestController
    static class Hello {

        @GetMapping("/hello")
        String hello() {
            return "xin chào";
        }
    }
}
