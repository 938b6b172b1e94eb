package vn.lachan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only JSON bodies are read: a cross-site form can post text/plain or form data without a preflight, not JSON. */
class JsonBodyTypeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "application/json | true",
            "application/json; charset=utf-8 | true",
            "Application/JSON;charset=UTF-8 | true",
            "application/json; charset=iso-8859-1 | false",
            "text/plain | false",
            "text/plain; charset=utf-8 | false",
            "application/x-www-form-urlencoded | false",
            "multipart/form-data; boundary=x | false",
            "application/problem+json | false",
            "application/jsonp | false",
            "'' | false",
            "NULL | false",
            "json | false"})
    void onlyApplicationJsonIsABody(String contentType, boolean json) {
        assertThat(GrpcRestBridge.isJson(contentType)).isEqualTo(json);
    }
}
