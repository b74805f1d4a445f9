package com.chatter;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Chatter: a WhatsApp-style web chat. Every open UI stays live over a WebSocket ({@link Push}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("attention.css")
@StyleSheet("extensions.css")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "theme-color", content = "#008069")
public class ChatterApplication implements AppShellConfigurator {

    /**
     * Runs first on every page, before anything is drawn: dark or light as the user chose (the theme toggle,
     * remembered in localStorage), else as the system says ({@code prefers-color-scheme}), following its changes.
     */
    static final String THEME_SCRIPT = """
            (function () {
              var media = window.matchMedia('(prefers-color-scheme: dark)');
              var apply = function () {
                var chosen = localStorage.getItem('chatter.theme');
                var dark = chosen ? chosen === 'dark' : media.matches;
                if (dark) document.documentElement.setAttribute('theme', 'dark');
                else document.documentElement.removeAttribute('theme');
              };
              apply();
              media.addEventListener('change', apply);
            })();""";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.PREPEND, THEME_SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }

    public static void main(String[] args) {
        SpringApplication.run(ChatterApplication.class, args);
    }
}
