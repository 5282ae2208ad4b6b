package org.prossima.api.security;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.prossima.api.error.ConflictException;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.data.security.AppUser;
import org.prossima.data.security.NewUser;
import org.prossima.data.security.Role;
import org.prossima.data.security.UserRepository;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's users, for administrators: make one (a password is generated and shown once), change a role,
 * consortium or organisation, disable one, give a new password. Passwords are never stored or logged in clear.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class UserAdminController {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final TerritoryRepository territory;

    UserAdminController(UserRepository users, PasswordEncoder encoder, TerritoryRepository territory) {
        this.users = users;
        this.encoder = encoder;
        this.territory = territory;
    }

    record UserRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull Role role,
            String consortium,
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String organisation,
            Boolean enabled) {
    }

    record UserResponse(UUID id, String username, String displayName, String role, String consortium,
            String organisation, boolean enabled, boolean locked) {

        static UserResponse of(AppUser u) {
            return new UserResponse(u.id(), u.username(), u.displayName(), u.role().name(), u.consortiumCode(),
                    u.organisation(), u.enabled(), u.lockedUntil() != null
                            && u.lockedUntil().isAfter(OffsetDateTime.now()));
        }
    }

    /** A password made by the service, shown this once. */
    record Password(UUID id, String username, String password) {
    }

    @GetMapping
    PageResponse<UserResponse> list(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return paging.of(users.page(paging.offset(), paging.size()).stream().map(UserResponse::of).toList(),
                users.count());
    }

    @PostMapping
    ResponseEntity<Password> create(@Valid @RequestBody UserRequest request) {
        check(request);
        String password = ApiTokens.randomText(16);
        try {
            UUID id = users.create(newUser(request, encoder.encode(password)));
            return ResponseEntity.created(URI.create("/api/v1/admin/users/" + id))
                    .body(new Password(id, request.username(), password));
        } catch (DuplicateKeyException e) {
            throw taken(request.username());
        }
    }

    @GetMapping("/{id}")
    UserResponse get(@PathVariable UUID id) {
        return UserResponse.of(find(id));
    }

    @PutMapping("/{id}")
    UserResponse update(@PathVariable UUID id, @Valid @RequestBody UserRequest request) {
        find(id);
        check(request);
        try {
            users.update(id, newUser(request, null), request.enabled() == null || request.enabled());
        } catch (DuplicateKeyException e) {
            throw taken(request.username());
        }
        return UserResponse.of(find(id));
    }

    /** A new password for a user who lost theirs; it also lifts a lock-out. */
    @PostMapping("/{id}/password")
    Password resetPassword(@PathVariable UUID id) {
        AppUser user = find(id);
        String password = ApiTokens.randomText(16);
        users.update(id, new NewUser(user.username(), user.displayName(), user.role(), user.consortiumCode(),
                user.organisation(), encoder.encode(password)), user.enabled());
        users.recordSuccessfulLogin(user.username());
        return new Password(id, user.username(), password);
    }

    private AppUser find(UUID id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("No user with id '" + id + "'",
                "list the users with GET /api/v1/admin/users"));
    }

    private void check(UserRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean coordinator = request.role() == Role.COORDINATOR;
        if (coordinator && (request.consortium() == null || territory.consortium(request.consortium()).isEmpty())) {
            problems.add(new FieldProblem("consortium", request.consortium(),
                    "a coordinator belongs to a known consortium", "use a code of GET /api/v1/territory/consortia"));
        }
        if (!coordinator && request.consortium() != null) {
            problems.add(new FieldProblem("consortium", request.consortium(),
                    "only coordinators belong to a consortium", "leave it out for role " + request.role()));
        }
        boolean needsOrganisation = request.role() == Role.HOST_ADMIN || request.role() == Role.FOOD_DISPATCHER
                || request.role() == Role.DRIVER;
        if (needsOrganisation && request.organisation() == null) {
            problems.add(new FieldProblem("organisation", null, "role " + request.role()
                    + " works for an organisation", "give the id of its association, company or cooperative"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static NewUser newUser(UserRequest r, String hash) {
        return new NewUser(r.username(), r.displayName().strip(), r.role(), r.consortium(), r.organisation(), hash);
    }

    private static ConflictException taken(String username) {
        return new ConflictException("username-taken", "Username taken", "A user named '" + username
                + "' exists already", "choose another username, or change that user with PUT");
    }
}
