package com.chatter.chat.ui;

import com.chatter.base.ui.IconButton;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Light or dark: the page starts as the system says ({@code prefers-color-scheme}) unless the user chose with this
 * button, which the browser remembers (localStorage). Lumo's dark theme ({@code theme="dark"} on the document
 * element) plus the chat's own dark colours (styles.css).
 */
class ThemeToggle extends IconButton {

    ThemeToggle() {
        super(VaadinIcon.ADJUST, "Dark mode");
        setId("theme-toggle");
        addClassName("theme-toggle");
        addThemeVariants(ButtonVariant.TERTIARY);
        getElement().setAttribute("title", "Light or dark");
        // Toggled in the browser at once; the server has nothing to keep.
        getElement().executeJs("""
                const button = this;
                const sync = () => button.setAttribute('aria-pressed',
                    document.documentElement.getAttribute('theme') === 'dark' ? 'true' : 'false');
                sync();
                if (button.__themeListener) return;
                button.__themeListener = () => {
                  const dark = document.documentElement.getAttribute('theme') !== 'dark';
                  localStorage.setItem('chatter.theme', dark ? 'dark' : 'light');
                  if (dark) document.documentElement.setAttribute('theme', 'dark');
                  else document.documentElement.removeAttribute('theme');
                  sync();
                };
                button.addEventListener('click', button.__themeListener);""");
    }
}
