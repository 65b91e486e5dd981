-- The queue of partition requests of the screening step (Spring Integration's JdbcChannelMessageStore,
-- as in its schema-h2.sql). On H2 only the node that runs the job can reach it, so it works its own
-- partitions; docs/scaling.md.
create sequence int_message_seq start with 1 increment by 1;

create table int_channel_message (
  message_id char(36) not null,
  group_key char(36) not null,
  created_date bigint not null,
  message_priority bigint,
  message_sequence bigint not null,
  message_content varbinary,
  region varchar(100) not null,
  constraint int_channel_message_pk primary key (region, group_key, created_date, message_sequence)
);

create index int_channel_msg_delete_idx on int_channel_message (region, group_key, message_id);
