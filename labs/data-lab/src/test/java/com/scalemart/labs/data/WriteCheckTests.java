package com.scalemart.labs.data;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.scalemart.labs.data.WriteCheck.EntryRow;
import com.scalemart.labs.data.WriteCheck.OwnerRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WriteCheckTests {

	private final UUID alice = UUID.randomUUID();

	private final UUID bob = UUID.randomUUID();

	private final UUID first = UUID.randomUUID();

	private final UUID second = UUID.randomUUID();

	private final UUID third = UUID.randomUUID();

	@Test
	void everyAcknowledgedWriteOnceAndCountersThatAddUpIsClean() {
		WriteCheck check = WriteCheck.of(List.of(this.alice, this.bob), Set.of(this.first, this.second), Set.of(),
				List.of(new OwnerRow(0, this.alice, 1, false), new OwnerRow(2, this.bob, 1, false)),
				List.of(new EntryRow(0, this.alice, this.first), new EntryRow(2, this.bob, this.second)));

		assertThat(check.clean()).isTrue();
		assertThat(check.acknowledged()).isEqualTo(2);
		assertThat(check.examples()).isEmpty();
	}

	@Test
	void anAcknowledgedWriteOnNoShardIsLost() {
		WriteCheck check = WriteCheck.of(List.of(this.alice), Set.of(this.first, this.second), Set.of(),
				List.of(new OwnerRow(0, this.alice, 1, false)), List.of(new EntryRow(0, this.alice, this.first)));

		assertThat(check.lost()).isEqualTo(1);
		assertThat(check.clean()).isFalse();
		assertThat(check.examples()).containsExactly("acknowledged entry " + this.second + " is on no shard");
	}

	@Test
	void anEntryOnTwoShardsIsDuplicatedEvenInAnInTransitCopy() {
		WriteCheck check = WriteCheck.of(List.of(this.alice), Set.of(this.first), Set.of(),
				List.of(new OwnerRow(0, this.alice, 1, false), new OwnerRow(2, this.alice, 1, true)),
				List.of(new EntryRow(0, this.alice, this.first), new EntryRow(2, this.alice, this.first)));

		assertThat(check.duplicated()).isEqualTo(1);
		assertThat(check.rowsInTransit()).isEqualTo(1);
		assertThat(check.ownersOnTwoShards()).as("the copy in transit is not live").isZero();
		assertThat(check.lost()).isZero();
		assertThat(check.clean()).isFalse();
	}

	@Test
	void aFailedWriteThatWasStoredIsCountedButIsNotAFault() {
		WriteCheck check = WriteCheck.of(List.of(this.alice), Set.of(this.first), Set.of(this.second, this.third),
				List.of(new OwnerRow(0, this.alice, 2, false)),
				List.of(new EntryRow(0, this.alice, this.first), new EntryRow(0, this.alice, this.second)));

		assertThat(check.failedButStored()).isEqualTo(1);
		assertThat(check.clean()).isTrue();
	}

	@Test
	void ownersMissingOnTwoShardsOrWithWrongCountersAreFound() {
		UUID carol = UUID.randomUUID();
		WriteCheck check = WriteCheck.of(
				List.of(this.alice, this.bob, carol), Set.of(), Set.of(), List.of(new OwnerRow(0, this.alice, 0, false),
						new OwnerRow(1, this.alice, 0, false), new OwnerRow(1, this.bob, 3, false)),
				List.of(new EntryRow(1, this.bob, this.first)));

		assertThat(check.ownersMissing()).isEqualTo(1);
		assertThat(check.ownersOnTwoShards()).isEqualTo(1);
		assertThat(check.counterMismatches()).isEqualTo(1);
		assertThat(check.examples()).contains("owner " + carol + " is live on no shard",
				"owner " + this.bob + " on shard 1 counts 3 writes but has 1 entries",
				"owner " + this.alice + " is live on 2 shards");
	}

	@Test
	void examplesAreFewWhateverTheFaults() {
		List<UUID> owners = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		WriteCheck check = WriteCheck.of(owners, Set.of(), Set.of(), List.of(), List.of());

		assertThat(check.ownersMissing()).isEqualTo(7);
		assertThat(check.examples()).hasSize(5);
	}

}
