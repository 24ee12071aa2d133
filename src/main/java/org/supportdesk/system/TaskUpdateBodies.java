package org.supportdesk.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist sets a due or follow-up date by sending the whole task back ({@code PUT /task/{id}}),
 * form reference included. Camunda 7.24's REST API cannot read that reference back (an interface
 * type): every task with a Camunda Form, which is every task of the desk, answered 400 and kept its
 * dates. The reference is output only (the engine takes it from the model, the update never copies
 * it), so it is dropped from the body before the engine reads it. Operaton fixed the same in its REST
 * API (operaton/operaton#3659).
 */
@Configuration(proxyBeanMethods = false)
class TaskUpdateBodies {

    /** {@code /engine-rest/task/{id}} and the webapps' {@code /camunda/api/engine/engine/{name}/task/{id}}. */
    static final Pattern TASK_UPDATE = Pattern.compile("^(/engine-rest|/camunda/api/engine/engine/[^/]+)/task/[^/]+$");
    static final String FORM_REFERENCE = "camundaFormRef";
    /** A task's fields are a few hundred bytes; anything larger goes to the engine as it came. */
    private static final int LARGEST_TASK = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> taskUpdateBodyFilter() {
        return ErrorAnswerFilters.registered("task-update-bodies", Ordered.LOWEST_PRECEDENCE, new FormReferenceDropped(),
                "/engine-rest/*", "/camunda/api/engine/*");
    }

    static final class FormReferenceDropped extends OncePerRequestFilter {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            // a longer declared body is not a task: the engine reads it as it came
            return !"PUT".equals(request.getMethod()) || !TASK_UPDATE.matcher(path).matches()
                    || request.getContentLengthLong() > LARGEST_TASK;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            byte[] body = request.getInputStream().readNBytes(LARGEST_TASK + 1);
            if (body.length > LARGEST_TASK) {
                // not a task; what was read goes first, the rest follows unread
                chain.doFilter(new BodyOf(request, new SequenceInputStream(new ByteArrayInputStream(body),
                        request.getInputStream()), -1), response);
                return;
            }
            byte[] changed = withoutFormReference(body);
            chain.doFilter(new BodyOf(request, new ByteArrayInputStream(changed), changed.length), response);
        }

        /** The body without the form reference; as it came when it has none or is not a JSON object. */
        static byte[] withoutFormReference(byte[] body) {
            try {
                JsonNode task = JSON.readTree(body);
                if (task instanceof ObjectNode fields && fields.has(FORM_REFERENCE)) {
                    fields.remove(FORM_REFERENCE);
                    return JSON.writeValueAsBytes(fields);
                }
            } catch (IOException notJson) {
                // the engine answers it with its own 400
            }
            return body;
        }
    }

    private static final class BodyOf extends HttpServletRequestWrapper {

        private final InputStream bytes;
        private final int length;

        /** {@code length} -1 when not known. */
        BodyOf(HttpServletRequest request, InputStream body, int length) {
            super(request);
            this.bytes = body;
            this.length = length;
        }

        @Override
        public int getContentLength() {
            return length;
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int next = bytes.read();
                    finished = next < 0;
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int count) throws IOException {
                    int read = bytes.read(buffer, offset, count);
                    finished = read < 0;
                    return read;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read at once");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }
}
