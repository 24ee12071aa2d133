package org.supportdesk.appeal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.supportdesk.security.ApplicationStarts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.appeal.process.AppealVariables;
import org.supportdesk.customer.CustomerDirectory;
import org.supportdesk.managedservices.ManagedServicesContracts;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.Priority;
import org.supportdesk.vocabulary.Language;

/**
 * Registers an appeal from any channel: our row (linked to the directory's customer and project
 * when the login and project match), its attachments and the appeal process start in one
 * transaction, so a failure anywhere leaves nothing behind.
 */
@Service
public class AppealIntake {

    private final AppealRepository appeals;
    private final ConversationRepository conversation;
    private final UploadPolicy uploads;
    private final ManagedServicesContracts contracts;
    private final ApplicationStarts starts;
    private final Clock clock;
    private final AppealMetrics metrics;
    private final String numberPrefix;
    private final CustomerDirectory directory;

    AppealIntake(AppealRepository appeals, ConversationRepository conversation, UploadPolicy uploads,
                 ManagedServicesContracts contracts, ApplicationStarts starts, Clock clock, AppealMetrics metrics,
                 @Value("${supportdesk.appeal-number-prefix}") String numberPrefix, CustomerDirectory directory) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.uploads = uploads;
        this.contracts = contracts;
        this.starts = starts;
        this.clock = clock;
        this.metrics = metrics;
        this.numberPrefix = numberPrefix;
        this.directory = directory;
    }

    @Transactional
    public IntakeResult register(IntakeCommand command) {
        List<StoredFile> files = uploads.checkAll(command.attachments());
        // millisecond precision: the same instant in our table and in the process's date variables
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String number = numberPrefix + appeals.nextNumberSequence();
        String token = AccessTokens.newToken();
        IntakeCommand.Origin origin = command.origin();
        IntakeCommand.Contact contact = command.contact().trimmed();
        IntakeCommand.Assessment assessment = command.assessment();
        Category category = assessment.category() == null ? Category.UNCLASSIFIED : assessment.category();
        boolean managedServices = contracts.hasActiveContract(contact.login(), LocalDate.ofInstant(now, ZoneOffset.UTC));
        // a phone call is answered live: the first answer is given when the call is registered
        Instant firstAnsweredAt = origin.channel() == Channel.PHONE ? now : null;

        Optional<CustomerDirectory.Customer> customer = directory.customer(contact.login());
        Optional<CustomerDirectory.Project> project = customer.flatMap(c -> directory.project(c.id(), contact.project()));
        long id = appeals.insert(new AppealRepository.NewAppeal(number, AccessTokens.hash(token),
                new IntakeCommand.Origin(origin.channel(), IntakeCommand.trim(origin.address()), origin.registeredBy()),
                contact, IntakeCommand.trim(command.subject()), command.description().strip(),
                Language.of(command.subject(), command.description()), assessment, Priority.MIDDLE, category,
                new AppealRepository.Customer(customer.map(CustomerDirectory.Customer::id).orElse(null),
                        project.map(CustomerDirectory.Project::id).orElse(null), managedServices),
                now, firstAnsweredAt));
        files.forEach(file -> conversation.insertAttachment(id, null, file, now));

        startProcess(number, origin.channel(), assessment.urgency(), assessment.impact(), category, managedServices,
                firstAnsweredAt != null);

        Appeal appeal = appeals.getByNumber(number);
        metrics.received(appeal);
        if (firstAnsweredAt != null) {
            metrics.firstAnswered(appeal, firstAnsweredAt);
        }
        return new IntakeResult(appeal, token);
    }

    /** Starts the appeal process for an appeal row; also used when a wrong rejection is corrected. */
    void startProcess(String number, Channel channel, Level urgency, Level impact, Category category,
                      boolean managedServices, boolean firstAnswerGiven) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AppealVariables.CHANNEL, channel.name());
        variables.put(AppealVariables.URGENCY, name(urgency));
        variables.put(AppealVariables.IMPACT, name(impact));
        variables.put(AppealVariables.CATEGORY, category.name());
        variables.put(AppealVariables.MANAGED_SERVICES_CUSTOMER, managedServices);
        variables.put(AppealVariables.FIRST_ANSWER_GIVEN, firstAnswerGiven);
        variables.put(AppealVariables.ESCALATION_LEVEL, 0);
        variables.put(AppealVariables.TRIAGED, false);
        variables.put(AppealVariables.WORK_GROUP, managedServices ? "managed-services" : "support-l1");
        starts.start(AppealVariables.PROCESS_KEY, number, variables);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
