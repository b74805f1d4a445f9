package com.chatter.presence.ui;

import com.chatter.presence.PresenceService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The privacy setting "Who can see my last seen": Everyone or Nobody. Nobody also hides everybody else's last seen
 * from me, as WhatsApp does; "online" stays visible. A section for a settings page.
 */
public class LastSeenPrivacy extends Div {

    public static final String EVERYONE = "Everyone";
    public static final String NOBODY = "Nobody";

    final RadioButtonGroup<String> choice = new RadioButtonGroup<>();

    public LastSeenPrivacy(PresenceService presence) {
        addClassName("settings-section");
        choice.setId("privacy-last-seen");
        choice.setLabel("Who can see my last seen");
        choice.setItems(EVERYONE, NOBODY);
        choice.setValue(presence.lastSeenVisible() ? EVERYONE : NOBODY);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                presence.setLastSeenVisible(EVERYONE.equals(e.getValue()));
            }
        });
        var hint = new Paragraph("If you don't share your last seen, you won't be able to see other people's "
                + "last seen.");
        hint.addClassName("settings-hint");
        add(new H3("Privacy"), choice, hint);
    }
}
