package org.supportdesk.system;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.supportdesk.input.StorableText;
import org.supportdesk.system.Problems.FieldProblem;

/**
 * Strict reading of request bodies, reported all at once:
 * <ul>
 * <li>enum values only by name ({@code "urgency": 1} is refused; Jackson would take the ordinal), text
 * only from JSON strings ({@code "body": 5} is refused);</li>
 * <li>a bad enum value no longer stops reading: it is noted with its field, the rest of the body is
 * read and validated, and every problem is answered in one 400 (else a client fixes one field per
 * round trip);</li>
 * <li>text that the database cannot hold (NUL, broken surrogates) is refused, naming the field,
 * before anything is written.</li>
 * </ul>
 * Applies to every {@code @Valid} request body and form (JSON and multipart) of our API.
 */
@ControllerAdvice
class StrictInput extends RequestBodyAdviceAdapter {

    private static final String NOTED = StrictInput.class.getName() + ".problems";

    @Bean
    static Jackson2ObjectMapperBuilderCustomizer enumsByNameOnly() {
        return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .postConfigurer(mapper -> {
                    mapper.addHandler(new EnumProblems());
                    // text fields take JSON strings only: {"body": 5} is a client's mistake, not "5"
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                });
    }

    @InitBinder
    void strictInput(WebDataBinder binder) {
        binder.addValidators(new Checks());
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    /** A body read without validation cannot report the noted problems: it is refused as a whole. */
    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        boolean validated = parameter.hasParameterAnnotation(Valid.class)
                || parameter.hasParameterAnnotation(Validated.class);
        if (!validated && !noted(false).isEmpty()) {
            throw new HttpMessageNotReadableException("invalid enum value in " + noted(true), inputMessage);
        }
        return body;
    }

    /** Adds the noted enum problems and the unstorable texts to the validation result. */
    private static final class Checks implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            for (FieldProblem problem : noted(true)) {
                reject(errors, problem.field(), problem.message());
            }
            checkTexts(target, "", errors, 0);
        }

        private void checkTexts(Object value, String path, Errors errors, int depth) {
            if (value == null || depth > 5) {
                return;
            }
            if (value instanceof String text) {
                if (!StorableText.storable(text)) {
                    reject(errors, path, StorableText.PROBLEM);
                }
            } else if (value instanceof Collection<?> items) {
                int index = 0;
                for (Object item : items) {
                    checkTexts(item, path + "[" + index++ + "]", errors, depth + 1);
                }
            } else if (value.getClass().isRecord()) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    Method accessor = component.getAccessor();
                    ReflectionUtils.makeAccessible(accessor);
                    Object componentValue = ReflectionUtils.invokeMethod(accessor, value);
                    checkTexts(componentValue, path.isEmpty() ? component.getName() : path + "." + component.getName(),
                            errors, depth + 1);
                }
            }
        }

        private static void reject(Errors errors, String field, String message) {
            if (errors instanceof BindingResult result) {
                result.addError(new FieldError(result.getObjectName(), field, null, false,
                        new String[] {"invalid"}, null, message));
            } else {
                errors.reject("invalid", field + ": " + message);
            }
        }
    }

    /** Notes an enum value that is not one of the names (or is a number), and reads on with null. */
    static final class EnumProblems extends DeserializationProblemHandler {

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                                             String failureMessage) throws IOException {
            return note(context, targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
                                             String failureMessage) throws IOException {
            return note(context, targetType);
        }

        private static Object note(DeserializationContext context, Class<?> targetType) {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (!targetType.isEnum() || request == null) {
                return NOT_HANDLED;
            }
            List<FieldProblem> problems = problems(request);
            problems.add(new FieldProblem(path(context.getParser()), Problems.allowedValues(targetType)));
            return null;
        }

        private static String path(JsonParser parser) {
            String path = "";
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                String part = c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName();
                if (part != null) {
                    path = part + (path.isEmpty() || path.startsWith("[") ? "" : ".") + path;
                }
            }
            return path.isEmpty() ? "body" : path;
        }
    }

    /**
     * A form whose record could not be constructed (a value of the wrong type, such as a bad enum)
     * was not validated further by Spring; this validates the values it recorded for the other
     * fields, so the answer names every bad field at once.
     */
    static List<FieldProblem> remainingProblems(BindingResult result, Class<?> type,
                                                 jakarta.validation.Validator validator) {
        if (result.getTarget() != null || !type.isRecord()) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String field = component.getName();
            if (result.hasFieldErrors(field)) {
                continue;
            }
            Object value = result.getFieldValue(field);
            try {
                validator.validateValue(type, field, value)
                        .forEach(violation -> problems.add(new FieldProblem(field, violation.getMessage())));
            } catch (RuntimeException notValidatable) {
                // a component the validator cannot address alone; its own checks ran at construction
            }
            if (value instanceof String text && !StorableText.storable(text)) {
                problems.add(new FieldProblem(field, StorableText.PROBLEM));
            }
        }
        return problems;
    }

    /** The problems noted for the current request; {@code take} clears them. */
    private static List<FieldProblem> noted(boolean take) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return List.of();
        }
        List<FieldProblem> problems = problems(request);
        List<FieldProblem> copy = List.copyOf(problems);
        if (take) {
            problems.clear();
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> problems(RequestAttributes request) {
        Object noted = request.getAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
        if (noted == null) {
            noted = new ArrayList<FieldProblem>();
            request.setAttribute(NOTED, noted, RequestAttributes.SCOPE_REQUEST);
        }
        return (List<FieldProblem>) noted;
    }
}
