package org.supportdesk.appeal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.supportdesk.competency.CompetencyRecords;
import org.supportdesk.security.StaffGroups;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.Priority;

/**
 * The appeal part of the contract's HTTP API. Calls that write declare what they answer, so a client
 * that accepts no JSON is refused (406) before anything is written, not after.
 */
@RestController
@RequestMapping("/api/appeals")
class AppealController {

    static final String TOKEN_HEADER = "X-Appeal-Token";

    private final AppealIntake intake;
    private final AppealConversation conversation;
    private final ConversationRepository conversations;
    private final AppealAccess access;
    private final IntakeRateLimiter rateLimiter;
    private final AppealReprioritization reprioritization;
    private final RejectionCorrection correction;
    private final CompetencyRecords competencyRecords;

    AppealController(AppealIntake intake, AppealConversation conversation, ConversationRepository conversations,
                     AppealAccess access, IntakeRateLimiter rateLimiter, AppealReprioritization reprioritization,
                     RejectionCorrection correction, CompetencyRecords competencyRecords) {
        this.correction = correction;
        this.competencyRecords = competencyRecords;
        this.intake = intake;
        this.conversation = conversation;
        this.conversations = conversations;
        this.access = access;
        this.rateLimiter = rateLimiter;
        this.reprioritization = reprioritization;
    }

    /** Body of {@code POST /api/appeals}, as JSON or as multipart form fields. */
    record AppealRequest(
            @NotNull Channel channel,
            @Size(max = 100) String login,
            @Size(max = 200) String project,
            @Email @Size(max = 320) String email,
            @Size(max = 200) String contactName,
            @Size(max = 300) String subject,
            @NotBlank @Size(max = 20000) String description,
            Level urgency,
            Level impact,
            Category category) {
    }

    /** Answer to intake (contract): the token is shown here once and never again. */
    record AppealCreated(String number, String accessToken, AppealStatus status, Priority priority, Category category,
                         Instant firstResponseDueAt, Instant resolutionDueAt, String rejectionReason) {

        static AppealCreated of(IntakeResult result) {
            Appeal a = result.appeal();
            return new AppealCreated(a.number(), result.accessToken(), a.status(), a.priority(), a.category(),
                    a.firstResponseDueAt(), a.resolutionDueAt(),
                    a.status() == AppealStatus.REJECTED ? a.rejectionReason() : null);
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AppealCreated> create(@Valid @RequestBody AppealRequest body, Authentication authentication,
                                         HttpServletRequest request) {
        return register(body, List.of(), authentication, request);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AppealCreated> createWithFiles(@Valid @ModelAttribute AppealRequest form,
                                                  @RequestPart(name = "attachments", required = false)
                                                  List<MultipartFile> attachments,
                                                  Authentication authentication, HttpServletRequest request) {
        return register(form, UploadPolicy.uploads(attachments), authentication, request);
    }

    @GetMapping("/{number}")
    AppealView show(@PathVariable String number, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                    Authentication authentication) {
        AppealAccess.Caller caller = access.check(number, token, authentication);
        return view(caller.appeal(), caller.staff());
    }

    @GetMapping("/{number}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long attachmentId,
                                      @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                                      Authentication authentication) {
        Appeal appeal = access.check(number, token, authentication).appeal();
        StoredFile file = conversations.attachmentContent(appeal.id(), attachmentId)
                .orElseThrow(() -> new AppealNotFoundException(number));
        return UploadPolicy.download(file, appeal.number(), attachmentId);
    }

    /** Body of {@code POST /api/appeals/{number}/messages}; visibility applies to staff only. */
    record MessageRequest(@NotBlank @Size(max = 20000) String body, Visibility visibility) {
    }

    @PostMapping(path = "/{number}/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AppealView.MessageView> write(@PathVariable String number, @Valid @RequestBody MessageRequest body,
                                                 @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                                                 Authentication authentication) {
        return addMessage(number, body, List.of(), token, authentication);
    }

    @PostMapping(path = "/{number}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AppealView.MessageView> writeWithFiles(@PathVariable String number,
                                                          @Valid @ModelAttribute MessageRequest form,
                                                          @RequestPart(name = "attachments", required = false)
                                                          List<MultipartFile> attachments,
                                                          @RequestHeader(name = TOKEN_HEADER, required = false)
                                                          String token,
                                                          Authentication authentication) {
        return addMessage(number, form, UploadPolicy.uploads(attachments), token, authentication);
    }

    /** The customer confirms that the resolution works. */
    @PostMapping("/{number}/confirm")
    ResponseEntity<Void> confirm(@PathVariable String number,
                                 @RequestHeader(name = TOKEN_HEADER, required = false) String token,
                                 Authentication authentication) {
        AppealAccess.Caller caller = access.check(number, token, authentication);
        if (caller.staff()) {
            throw new AccessDeniedException("only the customer confirms a resolution");
        }
        conversation.customerConfirms(number);
        return ResponseEntity.noContent().build();
    }

    /** Body of {@code PUT /api/appeals/{number}/priority}; a missing value counts as medium. */
    record PriorityRequest(Level urgency, Level impact) {
    }

    /** Staff change urgency and impact at any time; the deadlines follow from the received time. */
    @PutMapping(path = "/{number}/priority", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    AppealView changePriority(@PathVariable String number, @Valid @RequestBody PriorityRequest body,
                              Authentication authentication) {
        AppealAccess.Caller caller = access.check(number, null, authentication);
        return view(reprioritization.change(caller.appeal(), body.urgency(), body.impact()), true);
    }

    /** Body of {@code POST /api/appeals/{number}/reopen-in-scope}: the in-scope category the agent chose. */
    record CorrectionRequest(@NotNull Category category) {
    }

    /** Staff correct a wrong rejection: the appeal opens again under the in-scope category they chose. */
    @PostMapping(path = "/{number}/reopen-in-scope", consumes = MediaType.APPLICATION_JSON_VALUE)
    AppealView reopenInScope(@PathVariable String number, @Valid @RequestBody CorrectionRequest body,
                             Authentication authentication) {
        AppealAccess.Caller caller = access.check(number, null, authentication);
        if (!caller.staff()) {
            throw new AccessDeniedException("only staff correct a rejection");
        }
        return view(correction.reopenInScope(caller.appeal(), body.category(), caller.user()), true);
    }

    /** Internal notes and competency decisions for staff only. */
    private AppealView view(Appeal appeal, boolean staff) {
        return AppealView.of(appeal, conversations.messages(appeal.id(), staff), conversations.attachments(appeal.id()),
                staff, staff ? competencyRecords.history(appeal.id()) : null);
    }

    private ResponseEntity<AppealCreated> register(AppealRequest body, List<IntakeCommand.Upload> files,
                                                   Authentication authentication, HttpServletRequest request) {
        boolean authenticated = AppealAccess.isAuthenticated(authentication);
        if (!authenticated) {
            if (body.channel() != Channel.FEEDBACK_FORM) {
                throw new AuthenticationCredentialsNotFoundException(
                        "anonymous appeals come through the feedback form; other channels need a staff login");
            }
            if (!rateLimiter.allow(request.getRemoteAddr())) {
                throw new TooManyRequestsException();
            }
        } else if (!StaffGroups.isStaff(authentication)) {
            throw new AccessDeniedException("registering appeals needs a staff login");
        }
        if ((body.channel() == Channel.FEEDBACK_FORM || body.channel() == Channel.MAIL)
                && (body.email() == null || body.email().isBlank())) {
            throw new InvalidRequestException("email", "an e-mail address is needed to answer appeals sent by "
                    + (body.channel() == Channel.MAIL ? "mail" : "the feedback form"));
        }
        IntakeResult result = intake.register(new IntakeCommand(
                new IntakeCommand.Origin(body.channel(), null, authenticated ? authentication.getName() : null),
                new IntakeCommand.Contact(body.login(), body.project(), body.email(), body.contactName()),
                body.subject(), body.description(),
                new IntakeCommand.Assessment(body.urgency(), body.impact(), body.category()), files));
        return ResponseEntity.created(URI.create("/api/appeals/" + result.appeal().number()))
                .body(AppealCreated.of(result));
    }

    private ResponseEntity<AppealView.MessageView> addMessage(String number, MessageRequest body,
                                                              List<IntakeCommand.Upload> files, String token,
                                                              Authentication authentication) {
        AppealAccess.Caller caller = access.check(number, token, authentication);
        AppealMessage message;
        if (caller.staff()) {
            Visibility visibility = body.visibility() == null ? Visibility.CUSTOMER : body.visibility();
            message = conversation.staffWrites(number, caller.user(), visibility,
                    visibility == Visibility.CUSTOMER ? MessageKind.REPLY : MessageKind.NOTE, body.body(), files);
        } else {
            message = conversation.customerWrites(number, body.body(), files);
        }
        return ResponseEntity.created(URI.create("/api/appeals/" + number))
                .body(AppealView.MessageView.of(message, caller.staff()));
    }
}
