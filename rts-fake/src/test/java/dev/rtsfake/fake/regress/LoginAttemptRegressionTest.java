package dev.rtsfake.fake.regress;

import static dev.rtsfake.fake.testing.RtsFixture.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import dev.rtsfake.fake.engine.LoginState;
import dev.rtsfake.fake.net.Match;
import dev.rtsfake.fake.net.Rule;
import dev.rtsfake.fake.net.RuleAction;
import dev.rtsfake.fake.testing.RtsFixture;
import dev.rtsfake.fake.testing.RtsFixture.Client;
import org.junit.jupiter.api.Test;

/** Review finding: the answer to an earlier login attempt was taken for the answer to a newer one. */
class LoginAttemptRegressionTest {

    @Test
    void login_lateAnswerOfAnEarlierAttempt_isIgnored() {
        RtsFixture f = RtsFixture.create();
        Client c = f.client("alice");
        c.rts.login(f.token("alice"), "alice");
        c.rts.logout();
        c.rts.login("001garbage", "bob");

        f.cloud.runUntilIdle();

        assertThat(c.named("onLoginResult")).containsExactly(
                "onLoginResult(bob," + LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN + ",60)");
        assertThat(c.rts.loginState()).isEqualTo(LoginState.LOGGED_OUT);
        assertThat(f.cloud.onlineUsers(APP_ID)).isEmpty();
    }

    @Test
    void login_ruleFailureOfAnEarlierAttempt_isIgnoredByTheNextOne() {
        RtsFixture f = RtsFixture.create();
        f.cloud.network().addRule(Rule.when(Match.login().from("alice"))
                .then(RuleAction.fail(LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN)));
        Client c = f.client("alice");
        c.rts.login(f.token("alice"), "alice");
        c.rts.logout();
        c.rts.login(f.token("bob"), "bob");

        f.cloud.runUntilIdle();

        assertThat(c.named("onLoginResult")).containsExactly("onLoginResult(bob,0,60)");
        assertThat(c.rts.loginState()).isEqualTo(LoginState.LOGGED_IN);
        assertThat(f.cloud.onlineUsers(APP_ID)).containsExactly("bob");
    }
}
