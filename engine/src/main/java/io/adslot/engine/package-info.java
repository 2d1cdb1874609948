/**
 * The adslot public API: {@link io.adslot.engine.AdSlotEngine} places ad slots (and other in-article
 * units) in article bodies under a rule file.
 *
 * <p>Inputs are an {@link io.adslot.engine.Article} (HTML, or structured {@link io.adslot.engine.ContentBlock}s)
 * and a {@link io.adslot.engine.PageContext}; outputs are a {@link io.adslot.engine.RenderResult} (the body
 * with its slots and the {@link io.adslot.engine.Insertion}s) or, for hosts that insert slots themselves, a
 * {@link io.adslot.engine.PlanResult} of {@link io.adslot.engine.PlannedSlot}s. Invalid rules raise
 * {@link io.adslot.engine.InvalidRulesException}; {@link io.adslot.engine.CacheStats} reports the decision cache.
 * Everything else in the jar is internal and not exported.
 */
package io.adslot.engine;
