/**
 * Example extensions, written against {@code com.chatter.extension} only (the module test refuses anything else):
 * the {@code helpbot} bot, the commands {@code /remind} and {@code /roll}, and the room action "Roll a die for
 * both". On when {@code chatter.examples.enabled=true} (the default in {@code application.properties}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = "extension")
package com.chatter.examples;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
