package org.supportdesk.appeal;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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
import org.supportdesk.vocabulary.Channel;

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
        Appeal appeal = caller.appeal();
        return AppealView.of(appeal, conversations.messages(appeal.id(), caller.staff()),
                conversations.attachments(appeal.id()), caller.staff(),
                caller.staff() ? competencyRecords.history(appeal.id()) : null);
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

    /** Staff change urgency and impact at any time; the deadlines follow from the received time. */
    @PutMapping(path = "/{number}/priority", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    AppealView changePriority(@PathVariable String number, @Valid @RequestBody PriorityRequest body,
                              Authentication authentication) {
        AppealAccess.Caller caller = access.check(number, null, authentication);
        Appeal appeal = reprioritization.change(caller.appeal(), body.urgency(), body.impact());
        return staffView(appeal);
    }

    /** Staff correct a wrong rejection: the appeal opens again under the in-scope category they chose. */
    @PostMapping(path = "/{number}/reopen-in-scope", consumes = MediaType.APPLICATION_JSON_VALUE)
    AppealView reopenInScope(@PathVariable String number, @Valid @RequestBody CorrectionRequest body,
                             Authentication authentication) {
        AppealAccess.Caller caller = access.check(number, null, authentication);
        if (!caller.staff()) {
            throw new AccessDeniedException("only staff correct a rejection");
        }
        return staffView(correction.reopenInScope(caller.appeal(), body.category(), caller.user()));
    }

    private AppealView staffView(Appeal appeal) {
        return AppealView.of(appeal, conversations.messages(appeal.id(), true), conversations.attachments(appeal.id()),
                true, competencyRecords.history(appeal.id()));
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
