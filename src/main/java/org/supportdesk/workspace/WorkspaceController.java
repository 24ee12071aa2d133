package org.supportdesk.workspace;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealClosedException;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealMessage;
import org.supportdesk.appeal.AppealNotFoundException;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.appeal.StoredFile;
import org.supportdesk.appeal.UploadPolicy;
import org.supportdesk.appeal.Visibility;
import org.supportdesk.managedservices.ServiceGroup;
import org.supportdesk.security.AccessModel;
import org.supportdesk.workspace.process.StartedProcesses;
import org.supportdesk.workspace.process.TaskLookup;

/**
 * The staff workspace beside Camunda Tasklist: the live view of an appeal task, the queue's cards,
 * files, replies with files, and what a start from Tasklist created. Callers sign in with HTTP Basic
 * or their Tasklist login; they see an appeal when Camunda lets them see one of its tasks (the
 * support groups see every appeal).
 */
@RestController
@RequestMapping(WorkspaceController.BASE)
class WorkspaceController {

    static final String BASE = "/api/workspace";

    private final TaskLookup lookup;
    private final AppealWorkspace workspace;
    private final StartedProcesses started;
    private final Appeals appeals;
    private final AppealConversation conversation;
    private final StaffZones zones;
    private final LiveRecords records;

    WorkspaceController(TaskLookup lookup, AppealWorkspace workspace, StartedProcesses started,
                        Appeals appeals, AppealConversation conversation, StaffZones zones, LiveRecords records) {
        this.records = records;
        this.lookup = lookup;
        this.workspace = workspace;
        this.started = started;
        this.appeals = appeals;
        this.conversation = conversation;
        this.zones = zones;
    }

    /** What the workspace needs before it writes anything: the time zone the caller reads times in. */
    @GetMapping("/settings")
    Settings settings(Authentication authentication) {
        return settingsOf(Caller.of(authentication).user());
    }

    /** The caller's own time zone ({@code timeZone}: an IANA id; empty or null: the desk's again). */
    @PutMapping(path = "/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    Settings chooseSettings(@RequestBody SettingsForm form, Authentication authentication) {
        String user = Caller.of(authentication).user();
        zones.choose(user, form.timeZone());
        return settingsOf(user);
    }

    private Settings settingsOf(String user) {
        return new Settings(zones.zoneOf(user).getId(), zones.deskZone().getId(), zones.chosen(user).isPresent());
    }

    /**
     * @param timeZone     the zone the caller's times are written in
     * @param deskTimeZone the desk's zone, for everyone who chose none
     * @param ownTimeZone  whether the caller chose {@code timeZone} themselves
     */
    record Settings(String timeZone, String deskTimeZone, boolean ownTimeZone) {
    }

    record SettingsForm(String timeZone) {
    }

    /**
     * The appeal of a task, read now: 204 when the task belongs to no appeal (the plugin then leaves the
     * task to its form), 404 when the caller does not see the task. A task of a cost request, an
     * onboarding or a service notice answers 204 with a {@code Link} to its live record
     * ({@code rel="related"}), which the plugin reads instead.
     */
    @GetMapping("/tasks/{taskId}")
    ResponseEntity<TaskView> task(@PathVariable String taskId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        TaskLookup.VisibleTask visible = lookup.task(caller, taskId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such task, or not yours to see"));
        if (visible.appealNumber() == null) {
            String related = relatedRecord(visible, records.serviceGroup(visible.task()));
            return related == null ? ResponseEntity.noContent().build()
                    : ResponseEntity.noContent().header(HttpHeaders.LINK, "<" + related + ">; rel=\"related\"").build();
        }
        return ResponseEntity.ok(workspace.view(caller, visible.task(), visible.appealNumber()));
    }

    /** Where the live record of a task that belongs to no appeal is read; null when there is none. */
    private static String relatedRecord(TaskLookup.VisibleTask visible, ServiceGroup serviceGroup) {
        if (visible.businessKey() == null) {
            return null;
        }
        String number = UriUtils.encodePathSegment(visible.businessKey(), StandardCharsets.UTF_8);
        return LiveRecords.kindOf(visible.processKey()).map(kind -> switch (kind) {
            case COST_REQUEST -> BASE + "/cost-requests/" + number
                    + (serviceGroup == null ? "" : "?serviceGroup=" + serviceGroup.name());
            case ONBOARDING -> BASE + "/cost-requests/" + number + "?onboarding="
                    + UriUtils.encodeQueryParam(visible.processKey(), StandardCharsets.UTF_8);
            case NOTIFICATION -> BASE + "/notifications/" + number;
            case APPEAL -> null;
        }).orElse(null);
    }

    /**
     * A Managed Services cost request as it is now, for its tasks and those of its onboardings
     * ({@code onboarding}: the onboarding process the task runs in; {@code serviceGroup}: the group a
     * scoping task is for). 404 when there is none or the
     * caller's groups may not work on it.
     */
    @GetMapping("/cost-requests/{number}")
    RecordView.CostRequestView costRequest(@PathVariable String number,
                                           @RequestParam(name = "onboarding", required = false) String onboarding,
                                           @RequestParam(name = "serviceGroup", required = false)
                                           String serviceGroup,
                                           Authentication authentication) {
        if (onboarding != null && !AccessModel.ONBOARDINGS.contains(onboarding)) {
            throw new InvalidRequestException("onboarding", "not an onboarding process: one of "
                    + String.join(", ", AccessModel.ONBOARDINGS));
        }
        ServiceGroup group = serviceGroup == null ? null : LiveRecords.serviceGroup(serviceGroup)
                .orElseThrow(() -> new InvalidRequestException("serviceGroup", "not a service group: one of "
                        + Arrays.stream(ServiceGroup.values()).map(Enum::name).collect(Collectors.joining(", "))));
        if (!records.mayReadCostRequest(Caller.of(authentication), number)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such cost request, or not yours to see");
        }
        return records.costRequest(number, onboarding, group)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such cost request"));
    }

    /** A service notice as it is now, for its tasks. 404 when there is none or the caller's groups may not work on it. */
    @GetMapping("/notifications/{number}")
    RecordView.NoticeView notice(@PathVariable String number, Authentication authentication) {
        if (!records.mayReadNotice(Caller.of(authentication), number)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such notice, or not yours to see");
        }
        return records.notice(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such notice"));
    }

    /** The cards of the listed tasks that belong to appeals, cost requests or notices, in the order asked. */
    @GetMapping("/cards")
    List<TaskCard> cards(@RequestParam(name = "task") List<String> taskIds, Authentication authentication) {
        if (taskIds.size() > TaskLookup.MAX_TASKS) {
            throw new InvalidRequestException("task", "at most " + TaskLookup.MAX_TASKS + " tasks at once");
        }
        Map<String, TaskLookup.VisibleTask> visible = lookup.tasks(Caller.of(authentication), taskIds);
        Map<String, TaskCard> byTask = new HashMap<>();
        workspace.cards(visible.values()).forEach(card -> byTask.put(card.taskId(), card));
        records.cards(visible.values()).forEach(card -> byTask.put(card.taskId(), card));
        return visible.keySet().stream().filter(byTask::containsKey).map(byTask::get).toList();
    }

    @GetMapping("/appeals/{number}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long attachmentId,
                                      Authentication authentication) {
        Appeal appeal = readable(number, Caller.of(authentication));
        StoredFile file = conversation.attachmentContent(appeal, attachmentId)
                .orElseThrow(() -> new AppealNotFoundException(number));
        return UploadPolicy.download(file, appeal.number(), attachmentId);
    }

    /** A reply to the customer (with files) or an internal note. */
    record MessageForm(@NotBlank @Size(max = 20000) String body, Visibility visibility) {
    }

    @PostMapping(path = "/appeals/{number}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaskView.Message> write(@PathVariable String number, @Valid @RequestBody MessageForm body,
                                           Authentication authentication) {
        return write(number, body, List.of(), Caller.of(authentication));
    }

    @PostMapping(path = "/appeals/{number}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<TaskView.Message> writeWithFiles(@PathVariable String number, @Valid @ModelAttribute MessageForm form,
                                                    @RequestPart(name = "attachments", required = false)
                                                    List<MultipartFile> attachments,
                                                    Authentication authentication) {
        return write(number, form, UploadPolicy.uploads(attachments), Caller.of(authentication));
    }

    /** What the caller's start from Tasklist created: the number and where to go on. */
    @GetMapping("/started/{processInstanceId}")
    StartedProcesses.Started started(@PathVariable String processInstanceId, Authentication authentication) {
        return started.started(Caller.of(authentication), processInstanceId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no process you started"));
    }

    private ResponseEntity<TaskView.Message> write(String number, MessageForm form, List<IntakeCommand.Upload> files,
                                                   Caller caller) {
        if (!caller.writes()) {
            throw new AccessDeniedException("only support staff write to customers");
        }
        Appeal appeal = appeals.get(number);
        if (appeal.status() == AppealStatus.CLOSED || appeal.status() == AppealStatus.REJECTED) {
            throw new AppealClosedException(number);
        }
        Visibility visibility = form.visibility() == null ? Visibility.CUSTOMER : form.visibility();
        AppealMessage message = conversation.staffWrites(number, caller.user(), visibility,
                visibility == Visibility.CUSTOMER ? MessageKind.REPLY : MessageKind.NOTE, form.body().strip(), files);
        return ResponseEntity.created(URI.create(BASE + "/appeals/" + number))
                .body(workspace.written(appeal, message));
    }

    /** Support staff read every appeal; others only those they have a task in (sales). Else "not found". */
    private Appeal readable(String number, Caller caller) {
        if (!caller.writes() && !lookup.seesTaskOf(caller, number)) {
            throw new AppealNotFoundException(number);
        }
        return appeals.get(number);
    }
}
