/** Shared basics every feature may use: text rules, the clock, and the UI building blocks in {@code base.ui}. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.chatter.base;

import org.springframework.modulith.ApplicationModule;
