package org.supportdesk.workspace.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Staff members as the engine's identity service keeps them: names and user info entries. */
@Component
public class StaffUsers {

    private final IdentityService identity;

    public StaffUsers(IdentityService identity) {
        this.identity = identity;
    }

    /** The user's name as the identity service knows it, else the id. */
    public String fullName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    public String info(String userId, String key) {
        return identity.getUserInfo(userId, key);
    }

    public void setInfo(String userId, String key, String value) {
        identity.setUserInfo(userId, key, value);
    }

    public void deleteInfo(String userId, String key) {
        identity.deleteUserInfo(userId, key);
    }
}
