package com.chatter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.chatter.account.AccountService;
import com.chatter.extension.ChatBot;
import com.chatter.extension.ChatRoomAction;
import com.chatter.extension.MessageRenderer;
import com.chatter.extension.SlashCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** With {@code chatter.examples.enabled=false} the application starts without any example, built-ins stay. */
@SpringBootTest(properties = "chatter.examples.enabled=false")
@ActiveProfiles("test")
class ExamplesOffTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;

    @Test
    void noExampleBeansAndNoHelpBotButTheBuiltInRenderers() {
        assertThat(context.getBeansOfType(ChatBot.class)).isEmpty();
        assertThat(context.getBeansOfType(SlashCommand.class)).isEmpty();
        assertThat(context.getBeansOfType(ChatRoomAction.class)).isEmpty();
        assertThat(context.getBeansOfType(MessageRenderer.class)).hasSize(3);
        assertThat(accounts.findByUsername("helpbot")).isEmpty();
    }
}
