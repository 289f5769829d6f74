/**
 * The hooks through which the simulator reaches the package-private members of the public harness
 * types (constructors that take internal machinery, a link, a callback target): each public class
 * installs its hook from its class initializer, so that no public signature names an internal type.
 * Not part of the harness API.
 */
package dev.rtsfake.fake.internal.access;


