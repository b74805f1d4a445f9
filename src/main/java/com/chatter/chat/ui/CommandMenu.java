package com.chatter.chat.ui;

import com.chatter.extension.SlashCommand;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The suggestion list over the composer ({@code command-menu}): open while the composer holds "/" and the start
 * of a command's name, listing the matching commands ({@code command-{name}}, the first one is what Enter runs).
 * A click runs a command that takes no arguments, and puts {@code /name } into the box for one that does.
 * Keyboard: the arrow keys move the selection (the box keeps the focus and names the selected item with
 * {@code aria-activedescendant}), Enter picks the selected item as a click would, Esc closes the list.
 */
final class CommandMenu extends Div {

    private final List<SlashCommand> commands;
    private final Composer composer;
    /**
     * One item per command while the list shows, made when it opens and kept until it closes: a click is never
     * lost on an item redrawn while typing.
     */
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
        composer.input.addValueChangeListener(e -> update(e.getValue()));
    }

    /** Shows the commands matching what the composer holds, or hides the list. */
    void update(String text) {
        var typed = text == null ? "" : text;
        boolean naming = typed.startsWith("/") && CommandRunner.firstSpace(typed) < 0;
        var matches = naming ? CommandRunner.matching(commands, typed.substring(1)) : List.<SlashCommand>of();
        if (matches.isEmpty()) {
            hide();
            return;
        }
        if (isVisible() && typed.equals(shownFor)) {
            return;
        }
        shownFor = typed;
        if (items.isEmpty()) {
            for (var command : commands) {
                var item = item(command);
                items.put(command.name(), item);
                add(item);
            }
        }
        var first = matches.getFirst().name();
        items.forEach((name, item) -> {
            item.setVisible(matches.stream().anyMatch(c -> c.name().equals(name)));
            item.getElement().setAttribute("aria-selected", Boolean.toString(name.equals(first)));
        });
        setVisible(true);
        // The browser may have moved the selection with the arrow keys: the top item is selected again.
        getElement().executeJs("this.querySelectorAll('.command-item').forEach(i => i.setAttribute('aria-selected',"
                + " String(i.id === $0)));", "command-" + first);
    }

    /** Esc in the box: the list closes until the text changes. */
    @ClientCallable
    void dismiss() {
        hide();
    }

    /** Closes the list and drops its items. */
    private void hide() {
        setVisible(false);
        shownFor = "";
        removeAll();
        items.clear();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // In the browser, before the composer's Enter-to-send (capture phase): only while the list shows. Enter is
        // taken over only once the arrow keys moved the selection; otherwise it runs the top command as before.
        composer.input.getElement().executeJs("""
                const field = this;
                const menu = $0;
                if (field.__commandKeys) return;
                const area = () => field.querySelector('textarea');
                const shown = () => menu.isConnected && !menu.hidden && getComputedStyle(menu).display !== 'none';
                const items = () => [...menu.querySelectorAll('.command-item')].filter(i => !i.hidden);
                const select = item => {
                  items().forEach(i => i.setAttribute('aria-selected', String(i === item)));
                  if (area()) area().setAttribute('aria-activedescendant', item.id);
                  item.scrollIntoView({block: 'nearest'});
                };
                field.__commandKeys = e => {
                  if (!shown() || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
                  const all = items();
                  if (!all.length) return;
                  const i = all.findIndex(x => x.getAttribute('aria-selected') === 'true');
                  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                    e.preventDefault(); e.stopPropagation();
                    const step = e.key === 'ArrowDown' ? 1 : -1;
                    select(all[(Math.max(i, 0) + step + all.length) % all.length]);
                    field.__commandMoved = true;
                  } else if (e.key === 'Enter' && !e.shiftKey && field.__commandMoved && i >= 0) {
                    e.preventDefault(); e.stopImmediatePropagation();
                    field.__commandMoved = false;
                    all[i].click();
                  } else if (e.key === 'Escape') {
                    e.preventDefault(); e.stopPropagation();
                    field.__commandMoved = false;
                    menu.hidden = true;
                    menu.$server.dismiss();
                  }
                };
                field.addEventListener('keydown', field.__commandKeys, true);
                field.addEventListener('input', () => {
                  field.__commandMoved = false;
                  if (area()) area().removeAttribute('aria-activedescendant');
                });""", getElement());
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
            hide();
            composer.input.focus();
        } else {
            composer.input.setValue("/" + command.name());
            composer.send();
        }
    }
}
