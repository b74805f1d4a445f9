package com.chatter.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasTheme;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An icon the browser draws into a component (a {@code <vaadin-icon>} made there), so that the server keeps no
 * state node for it: an open room had 11 icon components (about 1.2 KB of server memory each, per tab) that never
 * change. The component carries the icon's name in {@code data-icon} (what a test or a stylesheet can see); the
 * icon element is made again whenever the component is attached, since the browser's element may then be new.
 * Only for components whose children the server does not change (icon-only buttons, a field's prefix).
 */
public final class BrowserIcon {

    private static final String DRAW = """
            let icon = this.__browserIcon;
            if (!icon || icon.parentNode !== this) {
              icon = document.createElement('vaadin-icon');
              if ($1) icon.setAttribute('slot', $1);
              this.__browserIcon = icon;
              this.prepend(icon);
            }
            icon.setAttribute('icon', $0);""";

    private BrowserIcon() {
    }

    /** An icon-only button (or any component shown as one): the icon, and the button's square "icon" theme. */
    public static <T extends Component & HasTheme> void onButton(T button, VaadinIcon icon) {
        button.addThemeName("icon");
        draw(button, icon, null);
    }

    /** The icon in a field's prefix slot (e.g. a search field's magnifier). */
    public static void inPrefix(Component field, VaadinIcon icon) {
        draw(field, icon, "prefix");
    }

    private static void draw(Component target, VaadinIcon icon, @Nullable String slot) {
        var element = target.getElement();
        element.setAttribute("data-icon", name(icon));
        // Drawn on every attach (the script is idempotent: the browser's element may be new, or the same one).
        target.addAttachListener(attach -> element.executeJs(DRAW, element.getAttribute("data-icon"), slot));
    }

    /** The name Vaadin's icon set knows the icon by, e.g. {@code vaadin:angle-double-down}. */
    static String name(VaadinIcon icon) {
        return "vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
