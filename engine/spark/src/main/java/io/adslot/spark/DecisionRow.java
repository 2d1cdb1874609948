package io.adslot.spark;

import io.adslot.cli.ArchiveJob;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One row of the decisions table, as a Java bean so that Spark's bean encoder writes it: Java lists and maps
 * become Parquet lists and maps without any Scala collection in this code, so that the job jar runs on Spark
 * built for Scala 2.12 or 2.13. The fields are {@link ArchiveJob.Decision}'s; {@link DecisionTable} names and
 * orders the columns.
 */
public final class DecisionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String revision;
    private String rules;
    private String device;
    private String variant;
    private int slots;
    private Map<String, Integer> slotsPerKind;
    private List<String> kinds;
    private List<String> placements;
    private List<Integer> offsets;
    private double density;
    private List<Integer> wordsBetweenSlots;
    private boolean densityCut;
    private boolean limitCut;
    private List<String> cuts;

    /** For Spark's bean encoder. */
    public DecisionRow() {
    }

    static DecisionRow of(ArchiveJob.Decision d) {
        DecisionRow row = new DecisionRow();
        row.id = d.id();
        row.revision = d.revision();
        row.rules = d.rules();
        row.device = d.device();
        row.variant = d.variant();
        row.slots = d.slots();
        row.slotsPerKind = d.slotsPerKind();
        row.kinds = d.kinds();
        row.placements = d.placements();
        row.offsets = d.offsets();
        row.density = d.density();
        row.wordsBetweenSlots = d.wordsBetweenSlots();
        row.densityCut = d.densityCut();
        row.limitCut = d.limitCut();
        row.cuts = d.cuts();
        return row;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRevision() {
        return revision;
    }

    public void setRevision(String revision) {
        this.revision = revision;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }

    public String getDevice() {
        return device;
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public String getVariant() {
        return variant;
    }

    public void setVariant(String variant) {
        this.variant = variant;
    }

    public int getSlots() {
        return slots;
    }

    public void setSlots(int slots) {
        this.slots = slots;
    }

    public Map<String, Integer> getSlotsPerKind() {
        return slotsPerKind;
    }

    public void setSlotsPerKind(Map<String, Integer> slotsPerKind) {
        this.slotsPerKind = slotsPerKind;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds;
    }

    public List<String> getPlacements() {
        return placements;
    }

    public void setPlacements(List<String> placements) {
        this.placements = placements;
    }

    public List<Integer> getOffsets() {
        return offsets;
    }

    public void setOffsets(List<Integer> offsets) {
        this.offsets = offsets;
    }

    public double getDensity() {
        return density;
    }

    public void setDensity(double density) {
        this.density = density;
    }

    public List<Integer> getWordsBetweenSlots() {
        return wordsBetweenSlots;
    }

    public void setWordsBetweenSlots(List<Integer> wordsBetweenSlots) {
        this.wordsBetweenSlots = wordsBetweenSlots;
    }

    public boolean isDensityCut() {
        return densityCut;
    }

    public void setDensityCut(boolean densityCut) {
        this.densityCut = densityCut;
    }

    public boolean isLimitCut() {
        return limitCut;
    }

    public void setLimitCut(boolean limitCut) {
        this.limitCut = limitCut;
    }

    public List<String> getCuts() {
        return cuts;
    }

    public void setCuts(List<String> cuts) {
        this.cuts = cuts;
    }
}
