package com.chatter.chat.ui;

import com.chatter.extension.SlashCommand;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The suggestion list over the composer ({@code command-menu}): open while the composer holds "/" and the start
 * of a command's name, listing the matching commands ({@code command-{name}}, the first one is what Enter runs).
 * A click runs a command that takes no arguments, and puts {@code /name } into the box for one that does.
 */
final class CommandMenu extends Div {

    private final List<SlashCommand> commands;
    private final Composer composer;
    /** One item per command, made once: a click is never lost on an item redrawn while typing. */
    private final java.util.Map<String, Div> items = new java.util.LinkedHashMap<>();
    private String shownFor = "";

    CommandMenu(List<SlashCommand> commands, Composer composer) {
        this.commands = commands;
        this.composer = composer;
        setId("command-menu");
        addClassName("command-menu");
        getElement().setAttribute("role", "listbox");
        getElement().setAttribute("aria-label", "Commands");
        setVisible(false);
        for (var command : commands) {
            var item = item(command);
            item.setVisible(false);
            items.put(command.name(), item);
            add(item);
        }
        composer.input.addValueChangeListener(e -> update(e.getValue()));
    }

    /** Shows the commands matching what the composer holds, or hides the list. */
    void update(String text) {
        var typed = text == null ? "" : text;
        boolean naming = typed.startsWith("/") && CommandRunner.firstSpace(typed) < 0;
        var matches = naming ? CommandRunner.matching(commands, typed.substring(1)) : List.<SlashCommand>of();
        if (matches.isEmpty()) {
            setVisible(false);
            shownFor = "";
            return;
        }
        if (isVisible() && typed.equals(shownFor)) {
            return;
        }
        shownFor = typed;
        var first = matches.getFirst().name();
        items.forEach((name, item) -> {
            item.setVisible(matches.stream().anyMatch(c -> c.name().equals(name)));
            item.getElement().setAttribute("aria-selected", Boolean.toString(name.equals(first)));
        });
        setVisible(true);
    }

    private Div item(SlashCommand command) {
        var usage = new Span(command.usage());
        usage.addClassName("command-usage");
        var description = new Span(command.description());
        description.addClassName("command-description");
        var item = new Div(usage, description);
        item.setId("command-" + command.name());
        item.addClassName("command-item");
        item.getElement().setAttribute("role", "option");
        item.addClickListener(e -> pick(command));
        return item;
    }

    private void pick(SlashCommand command) {
        boolean takesArguments = !command.usage().strip().equalsIgnoreCase("/" + command.name());
        if (takesArguments) {
            composer.input.setValue("/" + command.name() + " ");
            setVisible(false);
            composer.input.focus();
        } else {
            composer.input.setValue("/" + command.name());
            composer.send();
        }
    }
}
