package com.chatter.base.ui;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.HasThemeVariant;

/**
 * An icon-only {@code <vaadin-button>}: the same element, theme variants, focus, keyboard and click events as Vaadin's
 * {@code Button} (a test or TestBench sees a {@code vaadin-button} with its id, {@code aria-label} and
 * {@code data-icon}), without what an icon-only button never uses. {@code Button} makes a label text node in its
 * constructor, a disable-on-click controller with its own click listener and a text signal, about 1 KB of server
 * memory per button; an open room has ten icon buttons in every tab. The icon is drawn in the browser
 * ({@link BrowserIcon}); the accessible name is the aria-label, the hover text the {@code title}.
 */
@Tag("vaadin-button")
public class IconButton extends Component
        implements ClickNotifier<IconButton>, Focusable<IconButton>, HasAriaLabel, HasStyle,
        HasThemeVariant<ButtonVariant> {

    /** A button showing {@code icon}, named {@code label} (its aria-label and its tooltip). */
    public IconButton(VaadinIcon icon, String label) {
        BrowserIcon.onButton(this, icon);
        setAriaLabel(label);
        getElement().setAttribute("title", label);
    }
}
