package com.scalemart.labs.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What every shard holds after the run, checked against what the writers were told: no
 * acknowledged write may be missing (lost) and no entry may be stored more than once
 * (duplicated), in transit or not, on any shard. It also checks the owners: each live on
 * exactly one shard, none left in transit, and each one's write counter equal to its
 * entries there (the two were written in one transaction).
 *
 * @param acknowledged acknowledged writes
 * @param lost acknowledged writes whose entry no shard holds
 * @param duplicated entries stored more than once, counting every shard and in-transit
 * copies
 * @param failedButStored writes answered with an error whose entry was stored all the
 * same (an answer lost after the commit, not a fault of the data)
 * @param ownersMissing owners live on no shard
 * @param ownersOnTwoShards owners live on more than one shard
 * @param rowsInTransit owner rows still fenced or not yet live
 * @param counterMismatches live owners whose counter differs from their entries
 * @param examples a few of the faults found, to start looking from
 */
record WriteCheck(long acknowledged, long lost, long duplicated, long failedButStored, long ownersMissing,
		long ownersOnTwoShards, long rowsInTransit, long counterMismatches, List<String> examples) {

	private static final int MAX_EXAMPLES = 5;

	/**
	 * An owner row as stored.
	 *
	 * @param shard the shard it was read from
	 * @param owner its id
	 * @param writes its write counter
	 * @param inTransit its fence
	 */
	record OwnerRow(int shard, UUID owner, long writes, boolean inTransit) {
	}

	/**
	 * An entry row as stored.
	 *
	 * @param shard the shard it was read from
	 * @param owner its owner
	 * @param entry its id
	 */
	record EntryRow(int shard, UUID owner, UUID entry) {
	}

	/**
	 * Checks the stored rows.
	 * @param owners every owner the run created
	 * @param acknowledged the entries of acknowledged writes
	 * @param failed the entries of writes answered with an error
	 * @param ownerRows every owner row of every shard
	 * @param entryRows every entry row of every shard
	 * @return what was found
	 */
	static WriteCheck of(Collection<UUID> owners, Set<UUID> acknowledged, Set<UUID> failed, List<OwnerRow> ownerRows,
			List<EntryRow> entryRows) {
		List<String> examples = new ArrayList<>();
		Map<UUID, Integer> copies = new HashMap<>();
		Map<OwnerOnShard, Long> entriesPerOwner = new HashMap<>();
		for (EntryRow row : entryRows) {
			if (copies.merge(row.entry(), 1, Integer::sum) == 2) {
				example(examples, "entry %s of owner %s stored twice (again on shard %d)", row.entry(), row.owner(),
						row.shard());
			}
			entriesPerOwner.merge(new OwnerOnShard(row.owner(), row.shard()), 1L, Long::sum);
		}
		long lost = 0;
		for (UUID entry : acknowledged) {
			if (!copies.containsKey(entry)) {
				lost++;
				example(examples, "acknowledged entry %s is on no shard", entry);
			}
		}
		long duplicated = copies.values().stream().filter((count) -> count > 1).count();
		long failedButStored = failed.stream().filter(copies::containsKey).count();
		Map<UUID, Integer> liveCopies = new HashMap<>();
		long inTransit = 0;
		long mismatches = 0;
		for (OwnerRow row : ownerRows) {
			if (row.inTransit()) {
				inTransit++;
				example(examples, "owner %s is still in transit on shard %d", row.owner(), row.shard());
				continue;
			}
			liveCopies.merge(row.owner(), 1, Integer::sum);
			long entries = entriesPerOwner.getOrDefault(new OwnerOnShard(row.owner(), row.shard()), 0L);
			if (entries != row.writes()) {
				mismatches++;
				example(examples, "owner %s on shard %d counts %d writes but has %d entries", row.owner(), row.shard(),
						row.writes(), entries);
			}
		}
		long missing = 0;
		for (UUID owner : owners) {
			if (!liveCopies.containsKey(owner)) {
				missing++;
				example(examples, "owner %s is live on no shard", owner);
			}
		}
		long onTwo = liveCopies.values().stream().filter((count) -> count > 1).count();
		if (onTwo > 0) {
			liveCopies.entrySet()
				.stream()
				.filter((copy) -> copy.getValue() > 1)
				.findFirst()
				.ifPresent(
						(copy) -> example(examples, "owner %s is live on %d shards", copy.getKey(), copy.getValue()));
		}
		return new WriteCheck(acknowledged.size(), lost, duplicated, failedButStored, missing, onTwo, inTransit,
				mismatches, List.copyOf(examples));
	}

	/** No acknowledged write lost, none stored twice, every owner whole in one place. */
	boolean clean() {
		return this.lost == 0 && this.duplicated == 0 && this.ownersMissing == 0 && this.ownersOnTwoShards == 0
				&& this.rowsInTransit == 0 && this.counterMismatches == 0;
	}

	private static void example(List<String> examples, String format, Object... args) {
		if (examples.size() < MAX_EXAMPLES) {
			examples.add(format.formatted(args));
		}
	}

	private record OwnerOnShard(UUID owner, int shard) {
	}

}
