-- The change feed (kit.feed, docs/change-events.md "Change feed"): every version of
-- record_version gets a position once its transaction has committed, from one assigner at a time
-- (kit.feed.FeedPositions, under an advisory lock), so that positions are handed out in the order
-- they become visible and a follower paging on them can never skip one. Sequence numbers taken in
-- the writing transactions would commit out of order; these cannot.
create table change_feed (
    position bigint primary key check (position > 0),
    topic varchar(100) not null,
    aggregate_key varchar(200) not null,
    version bigint not null,
    unique (topic, aggregate_key, version),
    foreign key (topic, aggregate_key, version) references record_version (topic, aggregate_key, version)
);

-- A page of one aggregate type (GET /changes?type=).
create index change_feed_by_topic on change_feed (topic, position);

-- The versions committed and not yet given a position. Filled by the trigger below in the writing
-- transaction (so whatever inserts a version, a service, a migration or an older release of the
-- kit, puts it in the feed), emptied by the assigner.
create table change_feed_pending (
    topic varchar(100) not null,
    aggregate_key varchar(200) not null,
    version bigint not null,
    recorded_at timestamptz not null,
    primary key (topic, aggregate_key, version)
);

-- The assigner's order: a key's versions are recorded in order (recorded_at never goes back, the
-- version breaks a tie), so the feed shows them in order.
create index change_feed_pending_in_order on change_feed_pending (recorded_at, topic, aggregate_key, version);

create function change_feed_enqueue() returns trigger language plpgsql as $$
begin
    insert into change_feed_pending (topic, aggregate_key, version, recorded_at)
    values (new.topic, new.aggregate_key, new.version, new.recorded_at);
    return null;
end
$$;

-- Only a version actually inserted: the second announcement of a version in one transaction is an
-- update of its row (RecordHistory.record), and stays one entry of the feed.
create trigger record_version_enters_change_feed after insert on record_version
    for each row execute function change_feed_enqueue();

-- The versions recorded before the feed existed, in a deterministic order.
insert into change_feed (position, topic, aggregate_key, version)
select row_number() over (order by recorded_at, topic, aggregate_key, version), topic, aggregate_key, version
from record_version;
