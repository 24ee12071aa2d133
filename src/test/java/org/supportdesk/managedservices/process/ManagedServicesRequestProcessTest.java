package org.supportdesk.managedservices.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.supportdesk.managedservices.ManagedServicesSettings;

/**
 * Every path of managed-services-request.bpmn: decline, the more-information loop, approval of
 * the discount above and below the threshold (the real ms-discount-approval decision), expiry,
 * refusal and acceptance with onboarding. Delegates are recorders; the onboarding processes are
 * stand-ins (each has its own test).
 */
@Deployment(resources = {"processes/managed-services-request.bpmn", "processes/ms-pricing.dmn",
        "processes/forms/ms-cost-request.form", "processes/forms/ms-complete-lead.form",
        "processes/forms/ms-qualify-request.form", "processes/forms/ms-add-information.form",
        "processes/forms/ms-scope-service-group.form", "processes/forms/ms-review-quote.form",
        "processes/forms/ms-approve-discount.form", "processes/forms/ms-customer-decision.form",
        "stubs/ms-onboarding-audit.bpmn", "stubs/ms-onboarding-migration.bpmn", "stubs/ms-onboarding-dr.bpmn",
        "stubs/ms-onboarding-operations.bpmn"})
class ManagedServicesRequestProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private final List<String> calls = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final List<String> scoped = new ArrayList<>();
    private final List<String> decisions = new ArrayList<>();

    /** Stands in for the bean the process's expressions read. */
    public class TestProcessQueries {
        public List<String> serviceGroups(String number) {
            return List.of("ADMINISTRATION_24_7", "AUDIT_AND_CONSULTING");
        }

        public List<String> onboardings(String number) {
            return List.of("ms-onboarding-audit", "ms-onboarding-operations");
        }


        public void status(DelegateExecution execution, String status) {
            statuses.add(status);
        }
    }

    @BeforeEach
    void registerDelegates() {
        Mocks.register("registerCostRequestDelegate", (JavaDelegate) execution -> {
            calls.add("register");
            execution.setVariable("requestNumber", execution.getProcessBusinessKey());
        });
        for (String name : List.of("declineCostRequest", "priceCostRequest", "issueQuote",
                "remindSalesOfQuoteExpiry", "markQuoteExpired", "recordRefusal", "createContract",
                "finishOnboarding")) {
            Mocks.register(name + "Delegate", (JavaDelegate) execution -> calls.add(name));
        }
        Mocks.register("recordScopeListener", (TaskListener) task -> scoped.add(task.getVariable("serviceGroup")
                + ":" + task.getVariable("oneOffHours") + "/" + task.getVariable("monthlyHours")));
        Mocks.register("recordLeadDetailsListener", (TaskListener) task -> calls.add("recordLeadDetails"));
        Mocks.register("recordAddedInformationListener", (TaskListener) task -> calls.add("recordAddedInformation:"
                + task.getVariable("addedInformation")));
        Mocks.register("salesRepOwnsTaskListener", (TaskListener) task -> { });
        Mocks.register("recordCostRequestDecisionListener", (TaskListener) task -> decisions.add(
                task.getTaskDefinitionKey() + ":" + task.getVariable(switch (task.getTaskDefinitionKey()) {
                    case "qualify-request" -> "qualification";
                    case "add-information" -> "addedInformation";
                    default -> "discountApproval";
                })));
        Mocks.register("managedServicesProcess", new TestProcessQueries());
        Mocks.register("managedServicesSettings", new ManagedServicesSettings());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void presalesDeclineARequest() {
        ProcessInstance request = start("MS-1", false);

        assertThat(request).isWaitingAt("qualify-request");
        complete(task(), withVariables("qualification", "DECLINE", "qualificationNote", "We do not run mainframes"));

        assertThat(request).isEnded().hasPassed("decline-request").hasNotPassed("scope-service-group");
        assertThat(calls).containsExactly("register", "declineCostRequest");
        assertThat(decisions).containsExactly("qualify-request:DECLINE");
    }

    @Test
    void aLeadFromAnAppealIsCompletedAndPresalesAskForMoreInformationBeforeAccepting() {
        ProcessInstance request = start("MS-2", true);

        assertThat(request).isWaitingAt("complete-lead");
        assertThat(task()).hasCandidateGroup("sales");
        complete(task(), withVariables("services", "IT_OUTSOURCING", "vms", 12));
        assertThat(request).isWaitingAt("qualify-request");
        complete(task(), withVariables("qualification", "MORE_INFORMATION", "qualificationNote", "How many VMs?"));
        assertThat(request).isWaitingAt("add-information");
        complete(task(), withVariables("addedInformation", "40 VMs"));
        assertThat(request).isWaitingAt("qualify-request");
        complete(task(), withVariables("qualification", "ACCEPT"));

        assertThat(request).isWaitingAt("scope-service-group");
        assertThat(statuses).containsExactly("NEEDS_INFORMATION", "SCOPING");
        assertThat(calls).containsExactly("register", "recordLeadDetails", "recordAddedInformation:40 VMs");
        assertThat(decisions).containsExactly("qualify-request:MORE_INFORMATION", "add-information:40 VMs",
                "qualify-request:ACCEPT");
    }

    @Test
    void eachServiceGroupIsScopedInParallelWithItsOwnHours() {
        ProcessInstance request = toScoping("MS-3");

        List<Task> scoping = taskQuery().processInstanceId(request.getId()).list();
        assertThat(scoping).hasSize(2).allSatisfy(task -> assertThat(task).hasCandidateGroup("managed-services"));
        taskService().complete(scoping.get(0).getId(), Map.of("oneOffHours", 16, "monthlyHours", 20));
        taskService().complete(scoping.get(1).getId(), Map.of("oneOffHours", 40, "monthlyHours", 0));

        assertThat(scoped).containsExactlyInAnyOrder("ADMINISTRATION_24_7:16/20", "AUDIT_AND_CONSULTING:40/0");
        assertThat(request).isWaitingAt("review-quote").hasPassed("price-request");
        // the hours stayed with their tasks, none leaked into the request's variables
        assertThat(runtimeService().getVariable(request.getId(), "oneOffHours")).isNull();
    }

    @Test
    void aDiscountWithinTheThresholdIsIssuedWithoutApproval() {
        ProcessInstance request = toReview("MS-4");

        complete(task(), withVariables("discountPercent", 10));

        assertThat(request).isWaitingAt("record-customer-decision").hasPassed("issue-quote")
                .hasNotPassed("approve-discount");
        assertThat(runtimeService().getVariable(request.getId(), "approvalRequired")).isEqualTo(false);
    }

    @Test
    void aDiscountAboveTheThresholdNeedsASalesLeadWhoMaySendItBack() {
        ProcessInstance request = toReview("MS-5");

        complete(task(), withVariables("discountPercent", 25));
        assertThat(request).isWaitingAt("approve-discount");
        assertThat(task()).hasCandidateGroup("sales-leads");
        complete(task(), withVariables("discountApproval", "REJECTED"));
        assertThat(request).isWaitingAt("review-quote");
        complete(task(), withVariables("discountPercent", 15));
        assertThat(request).isWaitingAt("approve-discount");
        complete(task(), withVariables("discountApproval", "APPROVED"));

        assertThat(request).isWaitingAt("record-customer-decision");
        assertThat(statuses).containsSubsequence("AWAITING_APPROVAL", "QUOTE_REVIEW", "AWAITING_APPROVAL");
        assertThat(decisions).endsWith("approve-discount:REJECTED", "approve-discount:APPROVED");
    }

    @Test
    void salesAreRemindedAtDay25AndTheQuoteExpiresAtDay30() {
        ProcessInstance request = toDecision("MS-6");

        Job reminder = timer(request, "quote-reminder-timer");
        Job expiry = timer(request, "quote-expired-timer");
        assertThat(days(reminder)).isEqualTo(25);
        assertThat(days(expiry)).isEqualTo(30);

        execute(reminder);
        assertThat(request).isWaitingAt("record-customer-decision").hasPassed("remind-sales");
        execute(expiry);

        assertThat(request).isEnded().hasPassed("mark-quote-expired");
        assertThat(calls).endsWith("remindSalesOfQuoteExpiry", "markQuoteExpired");
    }

    @Test
    void theCustomerRefuses() {
        ProcessInstance request = toDecision("MS-7");

        complete(task(), withVariables("customerDecision", "REFUSED", "refusalReason", "Too expensive"));

        assertThat(request).isEnded().hasPassed("record-refusal").hasNotPassed("create-contract");
    }

    @Test
    void theCustomerAcceptsAndEveryOnboardingRuns() {
        ProcessInstance request = toDecision("MS-8");

        complete(task(), withVariables("customerDecision", "ACCEPTED", "contractStart", "2026-12-01"));

        assertThat(request).isEnded().hasPassed("create-contract", "onboarding", "finish-onboarding");
        assertThat(historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(request.getId())
                .list()).extracting(instance -> instance.getProcessDefinitionKey() + "/" + instance.getBusinessKey())
                .containsExactlyInAnyOrder("ms-onboarding-audit/MS-8", "ms-onboarding-operations/MS-8");
        // the onboardings get the request's number only: the customer is read live, not copied
        assertThat(historyService().createHistoricVariableInstanceQuery().variableName("company").list())
                .isEmpty();
        assertThat(historyService().createHistoricVariableInstanceQuery().variableName("requestNumber").list())
                .extracting(variable -> variable.getValue()).contains("MS-8");
        assertThat(calls).endsWith("createContract", "finishOnboarding");
    }

    private ProcessInstance start(String number, boolean lead) {
        return runtimeService().startProcessInstanceByKey("managed-services-request", number,
                Map.of("lead", lead, "salesRep", "sales"));
    }

    private ProcessInstance toScoping(String number) {
        ProcessInstance request = start(number, false);
        assertThat(request).isWaitingAt("qualify-request");
        complete(task(), withVariables("qualification", "ACCEPT"));
        return request;
    }

    private ProcessInstance toReview(String number) {
        ProcessInstance request = toScoping(number);
        for (Task scoping : taskQuery().processInstanceId(request.getId()).list()) {
            taskService().complete(scoping.getId(), Map.of("oneOffHours", 8, "monthlyHours", 4));
        }
        assertThat(request).isWaitingAt("review-quote");
        return request;
    }

    private ProcessInstance toDecision(String number) {
        ProcessInstance request = toReview(number);
        complete(task(request), withVariables("discountPercent", 0));
        assertThat(request).isWaitingAt("record-customer-decision");
        return request;
    }

    private static Job timer(ProcessInstance request, String activityId) {
        return managementService().createJobQuery().processInstanceId(request.getId()).activityId(activityId)
                .singleResult();
    }

    private static long days(Job timer) {
        return Math.round((timer.getDuedate().getTime() - System.currentTimeMillis()) / 86_400_000.0);
    }

    private static org.camunda.bpm.engine.TaskService taskService() {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService();
    }
}
