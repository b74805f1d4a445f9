package com.chatter.block;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountBlockRepository extends JpaRepository<AccountBlock, AccountBlock.Key> {

    @Query("select count(b) > 0 from AccountBlock b where b.blockerId = :blocker and b.blockedId = :blocked")
    boolean exists(@Param("blocker") long blocker, @Param("blocked") long blocked);

    @Query("""
            select count(b) > 0 from AccountBlock b
            where (b.blockerId = :a and b.blockedId = :b) or (b.blockerId = :b and b.blockedId = :a)""")
    boolean existsEitherWay(@Param("a") long a, @Param("b") long b);

    @Modifying
    @Query(value = """
            insert into account_block (blocker_id, blocked_id, created_at)
            select :blocker, :blocked, :now where not exists
              (select 1 from account_block where blocker_id = :blocker and blocked_id = :blocked)""",
            nativeQuery = true)
    int insertIfAbsent(@Param("blocker") long blocker, @Param("blocked") long blocked,
            @Param("now") java.time.Instant now);

    @Modifying
    @Query("delete from AccountBlock b where b.blockerId = :blocker and b.blockedId = :blocked")
    int remove(@Param("blocker") long blocker, @Param("blocked") long blocked);
}
