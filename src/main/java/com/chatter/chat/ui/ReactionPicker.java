package com.chatter.chat.ui;

import com.chatter.chat.ChatMessage;
import com.chatter.chat.Reaction;
import com.vaadin.flow.component.html.Div;
import java.util.function.BiConsumer;

/**
 * The six quick reactions ({@code reaction-option-0…5}, each with {@code data-emoji}); mine is marked, picking it
 * again takes it back. Below them, when anyone reacted: who reacted with what ({@code reaction-who}).
 */
class ReactionPicker extends Popup {

    private final BiConsumer<ChatMessage, String> onPick;
    private ChatMessage message;

    ReactionPicker(BiConsumer<ChatMessage, String> onPick) {
        super("reaction-picker", "listbox");
        this.onPick = onPick;
        addClassName("reaction-picker");
        getElement().setAttribute("aria-label", "React");
        onEscape(() -> {
            if (message != null) {
                focusMenuButton(message);
            }
        });
    }

    /** Opens the picker for the message: its options (made now) mark mine, and who reacted shows below. */
    void open(ChatMessage message, MessageBubble.Context context, double x, double y) {
        this.message = message;
        removeAll();
        var row = new Div();
        row.addClassName("reaction-options");
        for (int i = 0; i < Reaction.ALLOWED.size(); i++) {
            var emoji = Reaction.ALLOWED.get(i);
            var option = item("reaction-option-" + i, emoji, () -> {
                close();
                onPick.accept(message, emoji);
                focusMenuButton(message);
            });
            option.getElement().setAttribute("data-emoji", emoji);
            option.setAriaLabel("React with " + emoji);
            boolean mine = message.reactions().stream()
                    .anyMatch(r -> r.emoji().equals(emoji) && r.by().contains(context.me()));
            option.getElement().getClassList().set("mine", mine);
            option.getElement().setAttribute("aria-selected", Boolean.toString(mine));
            row.add(option);
        }
        add(row);
        if (!message.reactions().isEmpty()) {
            var who = new Div();
            who.setId("reaction-who");
            who.addClassName("reaction-who");
            for (var reaction : message.reactions()) {
                for (var person : reaction.by()) {
                    var line = new Div();
                    line.addClassName("reaction-who-line");
                    line.setText(context.nameOf(person) + " " + reaction.emoji());
                    who.add(line);
                }
            }
            add(who);
        }
        openAt(x, y);
    }
}
