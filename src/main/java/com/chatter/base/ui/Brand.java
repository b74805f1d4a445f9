package com.chatter.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The product's logo and name, as shown on the login and registration pages. */
public final class Brand {

    private Brand() {
    }

    public static Component create() {
        var icon = VaadinIcon.CHAT.create();
        icon.addClassName("brand-icon");
        var name = new Span("Chatter");
        name.addClassName("brand-name");
        var brand = new Div(icon, name);
        brand.addClassName("brand");
        return brand;
    }
}
