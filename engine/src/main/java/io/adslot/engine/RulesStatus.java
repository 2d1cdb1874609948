package io.adslot.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of an engine's rules, for a host's health check: which version serves, since when, whether
 * the files are watched, and the last rejected change (a health check may report the engine as degraded
 * while the last change on disk is rejected, since the files then no longer describe what serves).
 *
 * @param rulesVersion     the version serving, as {@link AdSlotEngine#rulesVersion()}
 * @param loadedAt         when that version was loaded
 * @param watching         true when the rule and template folders are watched
 * @param rejectedReloads  how many reloads were rejected since the engine was built
 * @param lastRejection    the latest rejected reload, if any
 * @param rejectedIsLatest true when the latest reload was rejected: the files on disk are not what serves
 */
public record RulesStatus(String rulesVersion, Instant loadedAt, boolean watching, long rejectedReloads,
                          Optional<ReloadOutcome> lastRejection, boolean rejectedIsLatest) {
}
