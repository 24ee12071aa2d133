package org.supportdesk.security;

import static org.supportdesk.security.StaffGroups.DUTY_ENGINEERS;
import static org.supportdesk.security.StaffGroups.MANAGED_SERVICES;
import static org.supportdesk.security.StaffGroups.PROCESS_MODELERS;
import static org.supportdesk.security.StaffGroups.SALES;
import static org.supportdesk.security.StaffGroups.SALES_LEADS;
import static org.supportdesk.security.StaffGroups.SUPPORT_L1;
import static org.supportdesk.security.StaffGroups.SUPPORT_L2;
import static org.supportdesk.security.StaffGroups.SUPPORT_LEADS;
import static org.supportdesk.security.StaffGroups.SUPPORT_MANAGEMENT;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.supportdesk.vocabulary.ManagedService;

/**
 * Who may do what, written once: for each group the processes it may start (Tasklist,
 * {@code /engine-rest} and our API alike), the processes whose tasks it sees and works as a team,
 * the Tasklist filters it gets and whether it may use Cockpit. {@code camunda-admin} may do
 * everything and is not listed.
 * <p>
 * Task visibility comes in two kinds. A group listed under {@link Role#worksOn()} sees and works
 * every task of that process through one grant on the process definition; the engine then writes
 * no authorization row per task for that group ({@code TaskGrantsPerDefinition}), which keeps the
 * queue queries fast at 100,000 open tasks. Every other candidate group of a task gets the engine's
 * usual grant on that one task only, so a team sees a task of another team's process only when it
 * is its own (sales in an appeal, leads following up a notice).
 * <p>
 * The appeal and its onboardings are never started by a person: the application starts them on
 * a user's behalf ({@code SystemStarts}), so no group holds a start right for them.
 */
public final class AccessModel {

    public static final String APPEAL = "appeal";
    public static final String PHONE_CALL = "phone-call";
    public static final String COST_REQUEST = "managed-services-request";
    public static final String SERVICE_NOTIFICATION = "service-notification";
    /** The onboarding processes, by the services' vocabulary, in the order of their keys (README's table). */
    public static final List<String> ONBOARDINGS = Arrays.stream(ManagedService.Onboarding.values())
            .map(ManagedService.Onboarding::processKey).sorted().toList();

    /**
     * One group's rights.
     *
     * @param starts process keys the group may start
     * @param worksOn process keys whose every task the group sees and works (claim, complete)
     * @param supervises process keys whose every task the group may also reassign
     * @param ownTasksIn process keys where the group sees only the tasks that are its own (candidate group)
     * @param filters names of the Tasklist filters the group sees, in {@link TaskFilters}
     * @param cockpit whether the group may open Cockpit (read-only: instances, history)
     */
    public record Role(String group, String does, List<String> starts, List<String> worksOn, List<String> supervises,
            List<String> ownTasksIn, List<String> filters, boolean cockpit) {
    }

    public static final List<Role> ROLES = List.of(
            new Role(SUPPORT_L1, "first line: triage and work on appeals", List.of(PHONE_CALL),
                    List.of(APPEAL), List.of(),
                    List.of(),
                    List.of(TaskFilters.MY_APPEALS, TaskFilters.SUPPORT_QUEUE), false),
            new Role(SUPPORT_L2, "second line: appeals escalated to level 2", List.of(PHONE_CALL),
                    List.of(APPEAL), List.of(),
                    List.of(),
                    List.of(TaskFilters.MY_APPEALS, TaskFilters.SECOND_LINE), false),
            new Role(SUPPORT_LEADS, "shift leads: escalations, reassigning, notice follow-ups", List.of(PHONE_CALL),
                    List.of(APPEAL), List.of(APPEAL),
                    List.of(SERVICE_NOTIFICATION),
                    List.of(TaskFilters.MY_TASKS, TaskFilters.SHIFT_LEAD, TaskFilters.ESCALATED,
                            TaskFilters.SUPPORT_QUEUE, TaskFilters.SECOND_LINE, TaskFilters.MANAGED_SERVICES_QUEUE),
                    true),
            new Role(SUPPORT_MANAGEMENT, "head of support: overdue appeals (level 3)", List.of(PHONE_CALL),
                    List.of(APPEAL), List.of(APPEAL),
                    List.of(),
                    List.of(TaskFilters.MY_TASKS, TaskFilters.HEAD_OF_SUPPORT, TaskFilters.ESCALATED,
                            TaskFilters.SUPPORT_QUEUE, TaskFilters.SECOND_LINE),
                    true),
            new Role(MANAGED_SERVICES, "Managed Services team: contract customers' appeals, qualifying and scoping"
                    + " cost requests, onboarding", List.of(PHONE_CALL),
                    Stream.concat(Stream.of(APPEAL), ONBOARDINGS.stream()).toList(), List.of(),
                    List.of(COST_REQUEST, SERVICE_NOTIFICATION),
                    List.of(TaskFilters.MY_TASKS, TaskFilters.MANAGED_SERVICES_QUEUE), false),
            new Role(SALES, "sales: cost requests, leads from appeals", List.of(COST_REQUEST),
                    List.of(), List.of(),
                    List.of(APPEAL, COST_REQUEST),
                    List.of(TaskFilters.MY_TASKS, TaskFilters.SALES, TaskFilters.MY_COST_REQUESTS), false),
            new Role(SALES_LEADS, "sales leads: discount approvals", List.of(COST_REQUEST),
                    List.of(), List.of(),
                    List.of(COST_REQUEST),
                    List.of(TaskFilters.MY_TASKS, TaskFilters.DISCOUNT_APPROVALS, TaskFilters.MY_COST_REQUESTS), false),
            new Role(DUTY_ENGINEERS, "duty engineers: proactive notifications", List.of(SERVICE_NOTIFICATION),
                    List.of(SERVICE_NOTIFICATION), List.of(),
                    List.of(),
                    List.of(TaskFilters.MY_TASKS, TaskFilters.NOTIFICATIONS), false),
            new Role(PROCESS_MODELERS, "modelers: deploy models, read instances and history", List.of(),
                    List.of(), List.of(), List.of(), List.of(), true));

    private AccessModel() {
    }

    /** Whether {@code group} sees every task of {@code processKey} through its grant on the definition. */
    public static boolean worksOnEveryTask(String group, String processKey) {
        return ROLES.stream().anyMatch(role -> role.group().equals(group) && role.worksOn().contains(processKey));
    }

    /** The groups that may start {@code processKey}, besides {@code camunda-admin}. */
    public static Set<String> startersOf(String processKey) {
        return ROLES.stream().filter(role -> role.starts().contains(processKey)).map(Role::group)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The groups that work in Tasklist: every group with a start right, tasks or a filter. */
    static List<Role> tasklistRoles() {
        return ROLES.stream().filter(role -> !role.filters().isEmpty() || !role.starts().isEmpty()).toList();
    }

    /** The access table as Markdown, as the README shows it. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| group | does | starts | sees and works every task of | sees its own tasks in | filters | Cockpit |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        for (Role role : ROLES) {
            table.append("| `").append(role.group()).append("` | ").append(role.does()).append(" | ")
                    .append(codes(role.starts())).append(" | ")
                    .append(codes(role.worksOn()))
                    .append(role.supervises().isEmpty() ? "" : "; reassigns in " + codes(role.supervises()))
                    .append(" | ").append(codes(role.ownTasksIn())).append(" | ").append(String.join(", ", role.filters()).isEmpty() ? "-"
                            : String.join(", ", role.filters()))
                    .append(" | ").append(role.cockpit() ? "yes" : "-").append(" |\n");
        }
        return table.toString();
    }

    private static String codes(List<String> keys) {
        return keys.isEmpty() ? "-" : keys.stream().map(key -> "`" + key + "`").collect(Collectors.joining(", "));
    }
}
