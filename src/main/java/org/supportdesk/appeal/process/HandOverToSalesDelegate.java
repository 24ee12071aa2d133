package org.supportdesk.appeal.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.competency.CompetencyPolicy;
import org.supportdesk.customer.CustomerDirectory;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequests;
import org.supportdesk.managedservices.ManagedServicesContracts;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.StaffWords;

/**
 * Service task "Hand over to sales": a Managed Services request. Sales get a lead filled from the
 * appeal (who, what they wrote, linked by number); the customer is told sales will call.
 *
 * <p>The lead's company is the customer's company as the directory or an earlier contract knows it;
 * its contact is the person who wrote (their name as given, else as the directory knows their
 * address). What nobody knows yet is marked as such for sales to complete, never filled with the
 * project or the login. What the desk writes there itself is in English and Russian.
 */
@Component
class HandOverToSalesDelegate implements JavaDelegate {

    static final String UNKNOWN_COMPANY = StaffWords.both("Company not known yet", "Компания пока неизвестна");
    static final String UNKNOWN_CONTACT = StaffWords.both("Name not given", "Имя не указано");

    private final Appeals appeals;
    private final AppealConversation conversation;
    private final CompetencyPolicy competency;
    private final CostRequests costRequests;
    private final CustomerDirectory directory;
    private final ManagedServicesContracts contracts;

    HandOverToSalesDelegate(Appeals appeals, AppealConversation conversation, CompetencyPolicy competency,
                            CostRequests costRequests, CustomerDirectory directory,
                            ManagedServicesContracts contracts) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.competency = competency;
        this.costRequests = costRequests;
        this.directory = directory;
        this.contracts = contracts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.get(execution.getProcessBusinessKey());
        appeals.handOverToSales(appeal);
        String reply = competency.forCategory(Category.MANAGED_SERVICES).reply(appeal.language(), appeal.number());
        if (reply != null) {
            conversation.systemWrites(appeal, MessageKind.HANDOVER, reply);
        }
        costRequests.leadFromAppeal(new CostRequests.Filing(
                new CostRequest.Customer(company(appeal), contactName(appeal), firstOf(appeal.contactEmail(), ""),
                        appeal.login(), appeal.language()),
                new CostRequest.Requirements(List.of(), CostRequest.Environment.UNKNOWN, null, notes(appeal)),
                appeal.number(), null));
        execution.setVariable(AppealVariables.CATEGORY, Category.MANAGED_SERVICES.name());
        execution.removeVariable(AppealVariables.REPLY);
    }

    private String company(Appeal appeal) {
        String known = directory.customer(appeal.login()).map(CustomerDirectory.Customer::company)
                .filter(company -> company != null && !company.isBlank())
                .or(() -> contracts.contractsOf(appeal.login()).stream().map(ManagedServicesContracts.Contract::company)
                        .filter(company -> company != null && !company.isBlank()).findFirst())
                .orElse(null);
        return firstOf(known, UNKNOWN_COMPANY);
    }

    private String contactName(Appeal appeal) {
        String address = firstOf(appeal.contactEmail(), appeal.channelAddress());
        return firstOf(appeal.contactName(), directory.contactName(address).orElse(null), UNKNOWN_CONTACT);
    }

    /** What sales need to call back: who and where (in English and Russian), then what the customer wrote. */
    static String notes(Appeal appeal) {
        String english = "From appeal " + appeal.number() + " (" + StaffWords.channelEnglish(appeal.channel()) + ")"
                + (appeal.login() == null ? "" : ", login " + appeal.login())
                + (appeal.project() == null ? "" : ", project " + appeal.project());
        String russian = "Из обращения " + appeal.number() + " (" + StaffWords.channelRussian(appeal.channel()) + ")"
                + (appeal.login() == null ? "" : ", логин " + appeal.login())
                + (appeal.project() == null ? "" : ", проект " + appeal.project());
        String notes = StaffWords.both(english, russian) + ":\n" + appeal.text();
        return notes.length() > 4000 ? notes.substring(0, 4000) : notes;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.length() > 200 ? value.substring(0, 200) : value;
            }
        }
        return null;
    }
}
