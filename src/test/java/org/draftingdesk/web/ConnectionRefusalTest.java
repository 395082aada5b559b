package org.draftingdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.draftingdesk.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Requests refused by the HTTP connection layer itself, before any route runs (the decoder of the
 * request line and headers, the percent-decoding of the path, the chunked body), written byte by
 * byte on a socket because no client library sends them: each is answered with its status and an
 * {@code application/problem+json} body like every other refusal.
 */
@QuarkusTest
class ConnectionRefusalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRequestLineOverTheConnectionLimitIs414ProblemJson() throws IOException {
        assertProblem(
                answer("GET /api/processes?x=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n" + auth()
                        + "\r\n"),
                414);
    }

    @Test
    void headersOverTheLimitAre431ProblemJson() throws IOException {
        assertProblem(
                answer("GET /api/processes HTTP/1.1\r\nHost: localhost\r\n" + auth() + "X-Long: " + "a".repeat(40_000)
                        + "\r\n\r\n"),
                431);
    }

    @Test
    void controlCharactersInAHeaderOrTheRequestLineAre400ProblemJson() throws IOException {
        assertProblem(
                answer("GET /api/processes HTTP/1.1\r\nHost: localhost\r\n" + auth()
                        + "Accept: application/json\u0000\r\n\r\n"),
                400);
        assertProblem(
                answer("GET /api/processes HTTP/1.1\r\nHost: localhost\r\n" + auth() + "X-Odd: a\u0001b\r\n\r\n"), 400);
        assertProblem(answer("GET /api/processes\u0000 HTTP/1.1\r\nHost: localhost\r\n" + auth() + "\r\n"), 400);
    }

    @Test
    void malformedPercentEncodingIs400ProblemJson() throws IOException {
        assertProblem(answer("GET /api/processes/%zz HTTP/1.1\r\nHost: localhost\r\n" + auth() + "\r\n"), 400);
        assertProblem(answer("GET /processes/%zz HTTP/1.1\r\nHost: localhost\r\n" + auth() + "\r\n"), 400);
    }

    @Test
    void twoContentLengthsAre400ProblemJson() throws IOException {
        String post =
                "POST /api/processes HTTP/1.1\r\nHost: localhost\r\n" + auth() + "Content-Type: application/json\r\n";
        assertProblem(answer(post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}"), 400);
        assertProblem(answer(post + "Content-Length: 2\r\nContent-Length: 7\r\n\r\n{}"), 400);
        assertProblem(answer(post + "Content-Length: 2, 2\r\n\r\n{}"), 400);
    }

    @Test
    void aBrokenChunkIs400ProblemJson() throws IOException {
        String post = "POST /api/processes HTTP/1.1\r\nHost: localhost\r\n" + auth()
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        assertProblem(answer(post + "zz\r\n{}\r\n0\r\n\r\n"), 400);
        assertProblem(answer(post + "2\r\n{\"title\": \"x\"}garbage\r\n0\r\n\r\n"), 400);
    }

    @Test
    void chunkedWithAContentLengthIsReadByItsChunksOnly() throws IOException {
        // The smuggling shape. The decoder drops the Content-Length and reads the chunks (RFC 9112 6.3):
        // read by its length, the body would be "2\r\n" (malformed JSON); read by its chunks it is {}, whose
        // missing title the route refuses. Nothing of the body is left over to be taken for a next request.
        String answer = answer("POST /api/processes HTTP/1.1\r\nHost: localhost\r\n" + auth()
                + "Content-Type: application/json\r\nContent-Length: 3\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        assertProblem(answer, 400);
        JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(body.path("field").asText()).isEqualTo("title");
    }

    private static String auth() {
        return "Authorization: Basic "
                + Base64.getEncoder()
                        .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))
                + "\r\n";
    }

    private static void assertProblem(String answer, int status) throws IOException {
        assertThat(answer).as("the answer").matches("(?s)HTTP/1\\.[01] " + status + " .*");
        int end = answer.indexOf("\r\n\r\n");
        assertThat(end).as("end of the headers in " + answer).isPositive();
        String head = answer.substring(0, end).toLowerCase(Locale.ROOT);
        assertThat(head).contains("\r\ncontent-type: application/problem+json");
        JsonNode body = JSON.readTree(answer.substring(end + 4));
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
    }

    /** Writes the request as it is and reads the answer until the server closes or the body is complete. */
    private static String answer(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                answer.write(buffer, 0, read);
                if (complete(answer.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (java.net.SocketException e) {
            // The server may close the connection while the rest of a refused request is still being written.
            return "(connection reset: " + e.getMessage() + ")";
        }
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return text.getBytes(StandardCharsets.UTF_8).length
                        >= end
                                + 4
                                + Integer.parseInt(line.substring("content-length:".length())
                                        .trim());
            }
        }
        return false;
    }
}
