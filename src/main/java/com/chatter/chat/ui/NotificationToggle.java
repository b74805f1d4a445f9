package com.chatter.chat.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;

/**
 * "Desktop notifications": switched on in this browser (localStorage), after the browser's permission, which is asked
 * for only when the user clicks this box, never on page load. Kept in the browser: the permission is per browser.
 */
class NotificationToggle extends Checkbox {

    NotificationToggle() {
        super("Desktop notifications for new messages");
        setId("notifications-toggle");
        addClassName("notifications-toggle");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const box = this;
                const supported = 'Notification' in window;
                box.checked = supported && Notification.permission === 'granted'
                  && localStorage.getItem('chatter.notifications') === 'on';
                if (!supported) { box.disabled = true; return; }
                if (box.__notificationListener) return;
                box.__notificationListener = () => {
                  const changed = () => window.dispatchEvent(new Event('chatter-notifications'));
                  if (!box.checked) { localStorage.removeItem('chatter.notifications'); changed(); return; }
                  Promise.resolve(Notification.requestPermission()).then(permission => {
                    if (permission === 'granted') {
                      localStorage.setItem('chatter.notifications', 'on');
                    } else {
                      localStorage.removeItem('chatter.notifications');
                      box.checked = false;
                    }
                    changed();
                  });
                };
                box.addEventListener('change', box.__notificationListener);""");
    }
}
