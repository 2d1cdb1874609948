/**
 * Guice wiring: {@link io.adslot.inject.AdSlotModule} binds a singleton
 * {@link io.adslot.engine.AdSlotEngine} from bindings a host may override with {@code Modules.override}.
 */
package io.adslot.inject;
