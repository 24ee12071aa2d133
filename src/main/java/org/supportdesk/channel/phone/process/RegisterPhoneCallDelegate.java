package org.supportdesk.channel.phone.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.AppealInbox;
import org.supportdesk.channel.phone.PhoneCall;
import org.supportdesk.channel.phone.PhoneCallVariables;
import org.supportdesk.input.InvalidInputException;

/**
 * Service task "Register appeal" of register-phone-call.bpmn: the call becomes an appeal of channel
 * PHONE, registered by the agent who started the process (the engine's authenticated user, mapped
 * to the task's local input {@code agent}; never a submitted variable), and the appeal number goes
 * into {@code appealNumber} and the business key.
 *
 * <p>Bad input refuses the start: the exception leaves the start command, which rolls back the whole
 * transaction (no phone-call instance, no appeal row, no appeal process), and Tasklist shows its
 * message under "The process could not be started", with the form still filled in.
 */
@Component
class RegisterPhoneCallDelegate implements JavaDelegate {

    private final AppealInbox inbox;

    RegisterPhoneCallDelegate(AppealInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PhoneCall call = new PhoneCall(string(execution, PhoneCallVariables.LOGIN),
                string(execution, PhoneCallVariables.PROJECT), string(execution, PhoneCallVariables.EMAIL),
                string(execution, PhoneCallVariables.CALLER_NAME), string(execution, PhoneCallVariables.SUBJECT),
                string(execution, PhoneCallVariables.DESCRIPTION), string(execution, PhoneCallVariables.URGENCY),
                string(execution, PhoneCallVariables.IMPACT));
        List<PhoneCall.Problem> problems = call.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).field(),
                    String.join("; ", problems.stream().map(PhoneCall.Problem::text).toList()));
        }
        String agent = agent(execution);

        String number;
        try {
            number = inbox.registerCall(call.intakeCommand(agent));
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(refused.field(),
                    PhoneCall.label(refused.field()) + ": " + refused.getMessage());
        }

        execution.setVariable(PhoneCallVariables.REGISTERED_BY, agent);
        execution.setVariable(PhoneCallVariables.APPEAL_NUMBER, number);
        execution.setProcessBusinessKey(number);
    }

    /** The logged-in user who submitted the start form (input {@code agent}); a call needs one. */
    private static String agent(DelegateExecution execution) {
        Object value = execution.getVariableLocal(PhoneCallVariables.AGENT);
        String userId = value == null ? null : value.toString();
        if (userId == null || userId.isBlank()) {
            throw new InvalidInputException(PhoneCallVariables.REGISTERED_BY,
                    "Only a logged-in agent can register a call / звонок регистрирует вошедший в систему сотрудник");
        }
        return userId;
    }

    private static String string(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
